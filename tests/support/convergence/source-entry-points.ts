import { agentReply } from '../../../src/app/agent-reply'
import { currentActor } from '../../../src/platform/current-actor'
import { routingService } from '../../../src/server/composition-root'
import { genesysEventsRoute } from '../../../src/server/genesys-events-api'
import { customerReplyEmail, newCustomerEmail } from '../../../src/server/inbound-email'
import { runOutboxJob } from '../../../src/server/outbox-job'
import { runReconcileJob } from '../../../src/server/reconcile-job'
import { createCaseAction } from '../../../src/server/ui-actions/create-case-action'
import { resumeAction } from '../../../src/server/ui-actions/resume-action'
import * as workspaceAjax from '../../../src/server/workspace-ajax'
import { GlideRecord, sessionMessageList } from '../../fakes/glide'
import { restCall } from '../../server/support/rest'
import { receivedEmail, signIn } from '../e2e-instance'
import type { AgentAction, AgentAnswer, AppEntryPoints, CustomerEmail } from './app-entry-points'

const INTEGRATION_USER = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0'

function record(sysId?: string): GlideRecord {
    const current = new GlideRecord('interaction')
    if (sysId) current.get(sysId)
    else current.initialize()
    return current
}

/** The message a UI action left for the agent (gs.addInfoMessage / addErrorMessage). */
function uiAction(run: () => void): AgentAnswer {
    const seen = sessionMessageList().length
    run()
    const shown = sessionMessageList().slice(seen).at(-1)
    return shown ? { ok: shown.type !== 'error', message: shown.message } : { ok: true, message: '' }
}

function ajax(method: 'hold' | 'transfer' | 'disconnect', params: Record<string, string>): AgentAnswer {
    const reply = JSON.parse(workspaceAjax[method]({ getParameter: (n: string) => params[n] ?? null })) as AgentAnswer
    return { ok: reply.ok, message: reply.message ?? '' }
}

/** The entry points in src/server, over the Glide fakes and the platform adapters (tests/support/e2e-instance). */
export const sourceEntryPoints: AppEntryPoints = {
    newEmail(email: CustomerEmail) {
        const { event, email: wrapper } = receivedEmail(email.subject, email.from)
        newCustomerEmail(record(), event, wrapper)
    },
    reply(interactionSysId, email) {
        const { event, email: wrapper } = receivedEmail(email.subject, email.from)
        customerReplyEmail(record(interactionSysId), event, wrapper)
    },
    agent(userSysId, interactionSysId, action: AgentAction) {
        signIn(userSysId, ['x_gcer.agent'])
        const current = { getUniqueValue: () => interactionSysId } as never
        switch (action.kind) {
            case 'hold':
                // Hold is a Workspace modal calling the Ajax processor's hold. The modal's date-time value format is
                // the instance's display format (undocumented for g_modal): with a resume time, the routing service's
                // hold, as the agent (as shipped-entry-points does).
                if (action.resumeTime) {
                    const input = { interactionSysId, resumeTime: action.resumeTime }
                    return agentReply(routingService('interactive').hold(currentActor(), input))
                }
                return ajax('hold', { sysparm_interaction: interactionSysId })
            case 'resume':
                return uiAction(() => resumeAction(current))
            case 'create_case':
                return uiAction(() => createCaseAction(record(interactionSysId) as never))
            case 'transfer':
                return ajax('transfer', { sysparm_interaction: interactionSysId, sysparm_target: action.target })
            case 'disconnect':
                return ajax('disconnect', { sysparm_interaction: interactionSysId, sysparm_wrapup: action.wrapupCode })
        }
    },
    genesysEvent(body) {
        signIn(INTEGRATION_USER, ['x_gcer.integration'])
        const call = restCall(body)
        genesysEventsRoute(call.request, call.response)
        return call.sent.status
    },
    outboxJob: () => runOutboxJob(),
    reconcileJob: () => runReconcileJob(),
}
