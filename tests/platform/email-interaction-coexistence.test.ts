import {
    EMAIL_INTERACTION_FLOWS,
    emailInteractionCoexistence,
} from '../../src/platform/email/email-interaction-coexistence'
import { acceptsNewEmail } from '../../src/platform/email/new-email-filter'
import { PROPERTY } from '../../src/platform/property-names'
import { systemProperties } from '../../src/platform/settings/property-source'
import {
    activatePlugins,
    glideStats,
    logLines,
    resetGlide,
    resetGlideStats,
    seedRecord,
    setProperty,
} from '../fakes/glide'

// Email Interaction for CSM (plugin sn_eaai_csm) ships the flows "Create Interaction from Email" and
// "Update Interaction from Email" (ServiceNow docs: "Activate a flow for Email Interaction for CSM"); inbound
// email flows run before inbound email actions (docs: "Inbound email actions", note). Plugin state comes from
// GlidePluginManager.isActive (@servicenow/glide src/types/GlidePluginManager.d.ts, "Scoped API"); flows are
// sys_hub_flow rows by name and active (@servicenow/sdk-core dist/fluent/tables: sys_hub_flow_block.name,
// sys_hub_flow_base.active).
const QUEUE = '11111111-2222-4333-8444-555555555555'
const flow = (name: string, active: boolean) => seedRecord('sys_hub_flow', { name, active })
const toSupport = { recipients: 'support@acme.com', headers: 'From: carla@example.com\n' }

beforeEach(() => {
    resetGlide()
    setProperty(PROPERTY.provider, 'ServiceNow')
    setProperty(PROPERTY.queueMappings, JSON.stringify([{ queueId: QUEUE, name: 'Billing', default: true }]))
    setProperty(PROPERTY.inboundMailboxes, 'support@acme.com')
})

describe('coexistence with Email Interaction for CSM', () => {
    it('without the plugin: not active, no conflict, no advice, and no flow read', () => {
        flow('Create Interaction from Email', true)
        resetGlideStats()
        expect(emailInteractionCoexistence()).toEqual({
            active: false,
            flows: EMAIL_INTERACTION_FLOWS.map((name) => ({ name, active: false })),
            conflict: false,
            advice: '',
        })
        expect(glideStats().reads).toBe(0)
    })

    it('with the plugin but its email flows deactivated: no conflict', () => {
        activatePlugins('sn_eaai_csm')
        flow('Create Interaction from Email', false)
        flow('Update Interaction from Email', false)
        expect(emailInteractionCoexistence()).toMatchObject({ active: true, conflict: false, advice: '' })
    })

    it('with the plugin and an active email flow: a conflict naming the flow to deactivate', () => {
        activatePlugins('sn_eaai_csm')
        flow('Create Interaction from Email', true)
        flow('Update Interaction from Email', false)
        const found = emailInteractionCoexistence()
        expect(found.flows).toEqual([
            { name: 'Create Interaction from Email', active: true },
            { name: 'Update Interaction from Email', active: false },
        ])
        expect(found.conflict).toBe(true)
        expect(found.advice).toMatch(/"Create Interaction from Email" handle inbound email before this app: deactivate/)
        expect(found.advice).not.toMatch(/Update Interaction/)
    })

    it('the new-email action stands aside while a flow would also take the email, with one log line saying why', () => {
        expect(acceptsNewEmail(toSupport, systemProperties)).toBe(true)
        activatePlugins('sn_eaai_csm')
        flow('Create Interaction from Email', true)
        flow('Update Interaction from Email', true)
        expect(acceptsNewEmail(toSupport, systemProperties)).toBe(false)
        const warnings = logLines('warn').map((l) => l.message)
        expect(warnings).toHaveLength(1)
        expect(warnings[0]).toMatch(
            /^\[x_gcer\] inbound email: not routed through Genesys: Email Interaction for CSM \(sn_eaai_csm\) flows "Create Interaction from Email" and "Update Interaction from Email" .*deactivate them in Workflow Studio/
        )
    })

    it('checks nothing for email the app would not take anyway (not a configured mailbox)', () => {
        activatePlugins('sn_eaai_csm')
        flow('Create Interaction from Email', true)
        resetGlideStats()
        expect(acceptsNewEmail({ recipients: 'sales@acme.com' }, systemProperties)).toBe(false)
        expect(glideStats().reads).toBe(0)
        expect(logLines('warn')).toEqual([])
    })
})
