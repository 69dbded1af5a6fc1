import { inboundEmailEvent } from '../inbound-email-event'
import { GlideRecord, seedRecord, sessionMessageList } from '../../fakes/glide'
import type { ShippedRunner } from '../shipped-runner/shipped-runner'
import type { AgentAction, AgentAnswer, AppEntryPoints, CustomerEmail } from './app-entry-points'

const INTEGRATION = { sysId: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', roles: ['x_gcer.integration'] }
const AJAX = 'x_gcer.GenesysEmailRoutingAjax'
const MAILBOX = 'support@acme.com'
const MODULES = 'x_gcer/genesys-email-routing/0.1.0/src'

function received(email: CustomerEmail) {
    const emailSysId = seedRecord('sys_email', { type: 'received', subject: email.subject, body: 'Customer text' })
    return {
        event: inboundEmailEvent(emailSysId),
        email: {
            subject: email.subject,
            from: email.from,
            origemail: email.from,
            direct: MAILBOX,
            to: MAILBOX,
            recipients: MAILBOX,
            headers: '',
            body_text: 'Customer text',
        },
    }
}

/** The shipped app's records through the runner: inbound actions, UI actions, the Ajax processor, REST, jobs. */
export function shippedEntryPoints(runner: ShippedRunner): AppEntryPoints {
    const uiAction = (name: string, sysId: string, as: { sysId: string; roles: string[] }): AgentAnswer => {
        const seen = sessionMessageList().length
        const current = new GlideRecord('interaction')
        current.get(sysId)
        if (!runner.uiAction(name, current, { table: 'interaction', as }))
            return { ok: false, message: `${name} is not shown (its condition is false). Nothing was changed.` }
        const shown = sessionMessageList().slice(seen).at(-1)
        return shown ? { ok: shown.type !== 'error', message: shown.message } : { ok: true, message: '' }
    }
    const ajax = (params: Record<string, string>, as: { sysId: string; roles: string[] }): AgentAnswer => {
        const reply = JSON.parse(String(runner.ajax(AJAX, params, { as }))) as AgentAnswer
        return { ok: reply.ok, message: reply.message ?? '' }
    }
    return {
        newEmail(email) {
            const { event, email: wrapper } = received(email)
            runner.inboundEmail({ type: 'new', email: wrapper, event })
        },
        reply(interactionSysId, email) {
            const { event, email: wrapper } = received(email)
            runner.inboundEmail({ type: 'reply', current: interactionSysId, email: wrapper, event })
        },
        agent(userSysId, interactionSysId, action: AgentAction) {
            const as = { sysId: userSysId, roles: ['x_gcer.agent'] }
            switch (action.kind) {
                case 'hold': {
                    // Hold is a Workspace modal calling the Ajax processor's hold.
                    if (!action.resumeTime)
                        return ajax({ sysparm_name: 'hold', sysparm_interaction: interactionSysId }, as)
                    // The modal's date-time value format is the instance's display format (undocumented for
                    // g_modal): with a resume time, the shipped routing service's hold, as the agent.
                    runner.signIn(as)
                    const require = runner.loader.require as (path: string) => Record<string, never>
                    const { routingService } = require(`${MODULES}/server/composition-root.ts`) as never as {
                        routingService: (mode: string) => { hold: (a: unknown, i: unknown) => unknown }
                    }
                    const { currentActor } = require(`${MODULES}/platform/current-actor.ts`) as never as {
                        currentActor: () => unknown
                    }
                    const { agentReply } = require(`${MODULES}/app/agent-reply.ts`) as never as {
                        agentReply: (r: unknown) => AgentAnswer
                    }
                    const input = { interactionSysId, resumeTime: action.resumeTime }
                    return agentReply(routingService('interactive').hold(currentActor(), input))
                }
                case 'resume':
                    return uiAction('Resume', interactionSysId, as)
                case 'create_case':
                    return uiAction('Create Case', interactionSysId, as)
                case 'transfer':
                    return ajax(
                        {
                            sysparm_name: 'transfer',
                            sysparm_interaction: interactionSysId,
                            sysparm_target: action.target,
                        },
                        as
                    )
                case 'disconnect':
                    return ajax(
                        {
                            sysparm_name: 'disconnect',
                            sysparm_interaction: interactionSysId,
                            sysparm_wrapup: action.wrapupCode,
                        },
                        as
                    )
            }
        },
        genesysEvent(body) {
            return runner.rest({ method: 'POST', path: '/api/x_gcer/genesys/events', body, as: INTEGRATION }).status
        },
        outboxJob: () => runner.job('Genesys email routing: outbox'),
        reconcileJob: () => runner.job('Genesys email routing: reconcile with Genesys'),
    }
}
