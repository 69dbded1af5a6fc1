import { GlidePluginManager, GlideRecord } from '@servicenow/glide'

/** Email Interaction for CSM (ServiceNow docs: "Activate Email Interaction for CSM", plugin sn_eaai_csm). */
const EMAIL_INTERACTION_PLUGIN = 'sn_eaai_csm'

/**
 * Its flows that turn emails into interactions (docs: "Activate a flow for Email Interaction for CSM").
 * Inbound email flows run before inbound email actions (docs: "Inbound email actions", note), so while one
 * is active an email would become an interaction twice, or never reach Genesys.
 */
export const EMAIL_INTERACTION_FLOWS = ['Create Interaction from Email', 'Update Interaction from Email'] as const

export interface EmailInteractionCoexistence {
    /** The plugin is active on this instance (GlidePluginManager.isActive). */
    readonly active: boolean
    /** Each flow by name, active when any sys_hub_flow of that name is active. */
    readonly flows: readonly { readonly name: string; readonly active: boolean }[]
    /** The app must stand aside: the plugin and at least one of its email flows are active. */
    readonly conflict: boolean
    /** What the admin should do, in one sentence; empty when nothing is needed. */
    readonly advice: string
}

function flowActive(name: string): boolean {
    const gr = new GlideRecord('sys_hub_flow')
    gr.addQuery('name', name)
    gr.addQuery('active', true)
    gr.setLimit(1)
    gr.query()
    return gr.next()
}

/**
 * Whether Email Interaction for CSM would also handle the app's emails. Read at run time (setup check and
 * the new-email action's condition): two flow reads only when the plugin is active, none otherwise.
 */
export function emailInteractionCoexistence(): EmailInteractionCoexistence {
    const active = GlidePluginManager.isActive(EMAIL_INTERACTION_PLUGIN)
    const flows = EMAIL_INTERACTION_FLOWS.map((name) => ({ name, active: active && flowActive(name) }))
    const running = flows.filter((f) => f.active).map((f) => `"${f.name}"`)
    const conflict = running.length > 0
    const advice = conflict
        ? `Email Interaction for CSM (${EMAIL_INTERACTION_PLUGIN}) flows ${running.join(' and ')} handle inbound ` +
          'email before this app: deactivate them in Workflow Studio, or add a condition so they skip the ' +
          'mailboxes in x_gcer.email.inbound_addresses.'
        : ''
    return { active, flows, conflict, advice }
}
