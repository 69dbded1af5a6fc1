import { agentReply, type AgentReply } from '../app/agent-reply'
import { currentActor } from '../platform/current-actor'
import { resumeTimeFromModal } from '../platform/glide/modal-date-time'
import { replyToCustomer } from './agent-reply'
import { systemLogger } from '../platform/system-logger'
import { workspaceRouting } from './composition-root'

/**
 * The GlideAjax processor x_gcer.GenesysEmailRoutingAjax behind the Workspace Transfer Email,
 * Disconnect, Hold and Reply modals. The script include is a thin bridge (fluent/script-includes/) that hands this
 * module the processor itself; every answer is a JSON string. The use cases re-check the actor and
 * the target on the server, so a bypassed modal can do nothing the agent could not do anyway.
 */

/** What the methods read from the request: AbstractAjaxProcessor.getParameter. */
export interface AjaxRequest {
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

/**
 * Every answer is JSON the modal can show, even when a bug throws: the agent is told to reload (something may have
 * changed before the failure) and the cause goes to the system log for the administrator.
 */
function safely(method: string, work: () => string): string {
    try {
        return work()
    } catch (thrown) {
        systemLogger.error(`workspace ${method} failed: ${String(thrown)}`)
        const reply: AgentReply = {
            ok: false,
            code: 'internal_error',
            message:
                'ServiceNow hit an unexpected error; it was logged for your administrator. Reload the interaction to see where it stands.',
        }
        return JSON.stringify(reply)
    }
}

// The platform hands back a Java string or null; the use cases validate what they get.
function param(request: AjaxRequest, name: string): string {
    const value = request.getParameter(name)
    return value === null || value === undefined ? '' : String(value)
}

export function getTransferOptions(request: AjaxRequest): string {
    return safely('getTransferOptions', () => {
        const { service, actor } = workspaceRouting()
        const result = service.transferOptions(actor, { interactionSysId: param(request, 'sysparm_interaction') })
        const reply: TransferOptionsReply = result.ok
            ? { ok: true, options: result.value.options.map((o) => ({ value: o.value, label: o.label, kind: o.kind })) }
            : { ok: false, code: result.error.code, message: result.error.message }
        return JSON.stringify(reply)
    })
}

export function transfer(request: AjaxRequest): string {
    return safely('transfer', () => {
        const { service, actor } = workspaceRouting()
        const input = {
            interactionSysId: param(request, 'sysparm_interaction'),
            target: param(request, 'sysparm_target'),
        }
        return JSON.stringify(agentReply(service.transfer(actor, input)))
    })
}

export function getWrapupCodes(request: AjaxRequest): string {
    return safely('getWrapupCodes', () => {
        const { service, actor } = workspaceRouting()
        const result = service.wrapupOptions(actor, { interactionSysId: param(request, 'sysparm_interaction') })
        const reply: WrapupCodesReply = result.ok
            ? {
                  ok: true,
                  options: result.value.options.map((o) => ({ value: o.value, label: o.label })),
                  defaultValue: result.value.defaultValue,
                  notice: result.value.notice,
              }
            : { ok: false, code: result.error.code, message: result.error.message }
        return JSON.stringify(reply)
    })
}

export function disconnect(request: AjaxRequest): string {
    return safely('disconnect', () => {
        const { service, actor } = workspaceRouting()
        const input = {
            interactionSysId: param(request, 'sysparm_interaction'),
            wrapupCode: param(request, 'sysparm_wrapup'),
        }
        return JSON.stringify(agentReply(service.disconnect(actor, input)))
    })
}

/** Hold modal: park the email, optionally until a resume time (Genesys resumes it to the same agent then). */
export function hold(request: AjaxRequest): string {
    return safely('hold', () => {
        const { service, actor } = workspaceRouting()
        const input = {
            interactionSysId: param(request, 'sysparm_interaction'),
            resumeTime: resumeTimeFromModal(param(request, 'sysparm_resume_time')),
        }
        return JSON.stringify(agentReply(service.hold(actor, input)))
    })
}

/** Reply modal: the agent's message to the customer, threaded to the interaction (routing unchanged). */
export function reply(request: AjaxRequest): string {
    return safely('reply', () => {
        const input = {
            interactionSysId: param(request, 'sysparm_interaction'),
            message: param(request, 'sysparm_message'),
        }
        return JSON.stringify(replyToCustomer(currentActor(), input))
    })
}
