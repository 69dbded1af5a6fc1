import { agentReply, type AgentReply } from '../app/agent-reply'
import { currentActor } from '../platform/current-actor'
import { workspaceRouting } from '../platform/ui/workspace-routing'
import { replyToCustomer } from '../server/agent-reply'

/** The slice of AbstractAjaxProcessor the methods use (`this` at run time). */
interface AjaxProcessor {
    getParameter(name: string): string | null
}

/** Choices for the Transfer Email modal, or why there are none. */
export type TransferOptionsReply =
    | { readonly ok: true; readonly options: readonly { value: string; label: string; kind: string }[] }
    | Extract<AgentReply, { ok: false }>

/** Wrap-up codes for the Disconnect modal, with the default to preselect. */
export type WrapupCodesReply =
    | {
          readonly ok: true
          readonly options: readonly { value: string; label: string }[]
          readonly defaultValue: string
          readonly notice: string | null
      }
    | Extract<AgentReply, { ok: false }>

function param(processor: AjaxProcessor, name: string): string {
    const value = processor.getParameter(name)
    return value === null || value === undefined ? '' : String(value)
}

/**
 * Client-callable script include x_gcer.GenesysEmailRoutingAjax, for the Workspace Transfer Email
 * and Disconnect modals. Every answer is JSON; the use cases re-check the actor and the target on the server,
 * so a bypassed modal can do nothing the agent could not do anyway.
 */
export const prototype = {
    getTransferOptions: function (this: AjaxProcessor): string {
        const { service, actor } = workspaceRouting()
        const result = service.transferOptions(actor, { interactionSysId: param(this, 'sysparm_interaction') })
        const reply: TransferOptionsReply = result.ok
            ? { ok: true, options: result.value.options.map((o) => ({ value: o.value, label: o.label, kind: o.kind })) }
            : { ok: false, code: result.error.code, message: result.error.message }
        return JSON.stringify(reply)
    },

    transfer: function (this: AjaxProcessor): string {
        const { service, actor } = workspaceRouting()
        const input = { interactionSysId: param(this, 'sysparm_interaction'), target: param(this, 'sysparm_target') }
        return JSON.stringify(agentReply(service.transfer(actor, input)))
    },

    getWrapupCodes: function (this: AjaxProcessor): string {
        const { service, actor } = workspaceRouting()
        const result = service.wrapupOptions(actor, { interactionSysId: param(this, 'sysparm_interaction') })
        const reply: WrapupCodesReply = result.ok
            ? {
                  ok: true,
                  options: result.value.options.map((o) => ({ value: o.value, label: o.label })),
                  defaultValue: result.value.defaultValue,
                  notice: result.value.notice,
              }
            : { ok: false, code: result.error.code, message: result.error.message }
        return JSON.stringify(reply)
    },

    disconnect: function (this: AjaxProcessor): string {
        const { service, actor } = workspaceRouting()
        const input = {
            interactionSysId: param(this, 'sysparm_interaction'),
            wrapupCode: param(this, 'sysparm_wrapup'),
        }
        return JSON.stringify(agentReply(service.disconnect(actor, input)))
    },

    /** Reply modal: send the agent's message to the customer, threaded to the interaction (routing unchanged). */
    reply: function (this: AjaxProcessor): string {
        const input = { interactionSysId: param(this, 'sysparm_interaction'), message: param(this, 'sysparm_message') }
        return JSON.stringify(replyToCustomer(currentActor(), input))
    },

    type: 'GenesysEmailRoutingAjax',
}
