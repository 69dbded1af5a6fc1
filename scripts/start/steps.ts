import { advanceClock, allRecords, logLines, seedRecord, sessionMessageList } from '../../tests/fakes/glide'
import type { RestAnswer } from '../../tests/support/shipped-runner/rest-route'
import type { EventFate, Step } from './scenario'
import type { TrackedEmail, World } from './world'

/** What a step did: who acted, what they did, and what they were told. */
export interface StepResult {
    readonly who: string
    readonly what: string
    readonly email?: TrackedEmail
}

type Executor = (world: World, step: Step) => StepResult

/**
 * The step executors: each drives the shipped app through one entry point the records declare (inbound email
 * action, REST route, UI action, Ajax processor, scheduled job) and Genesys through the stand-in.
 * To plug in a new entry point, add or replace one executor here (see the report for the events endpoint and
 * the reconciler).
 */
const AJAX = 'x_gcer.GenesysEmailRoutingAjax'
const OUTBOX_JOB = 'Genesys email routing: outbox'
/** Not shipped on this branch yet: the step says so instead of failing. */
const RECONCILER_JOB = 'Genesys email routing: reconciler'

export const STEPS: Readonly<Record<string, Executor>> = {
    email(world, step) {
        const name = step.email ?? `e${world.emails.size + 1}`
        const from = step.from ?? 'customer@example.com'
        const emailSysId = seedRecord('sys_email', {
            type: 'received',
            subject: step.subject ?? name,
            body: 'Customer text',
        })
        const before = new Set(allRecords('interaction').map((r) => String(r.sys_id)))
        world.runner.inboundEmail({
            type: 'new',
            event: { getValue: (f: string) => (f === 'instance' ? emailSysId : null) },
            email: {
                subject: step.subject ?? name,
                from,
                origemail: from,
                to: step.to,
                recipients: step.to,
                headers: '',
                body_text: 'Customer text',
            },
        })
        const created = allRecords('interaction').find((r) => !before.has(String(r.sys_id)))
        world.emails.set(name, { name, from, to: step.to ?? '', sysId: created ? String(created.sys_id) : undefined })
        const email = refreshed(world, { do: 'email', email: name })
        return {
            who: from,
            what: `emails ${step.to}: "${step.subject ?? name}"${created ? '' : ' (not taken for routing)'}`,
            email,
        }
    },

    accept(world, step) {
        const email = refreshed(world, step)
        const agent = world.agent(step.agent)
        if (!email.conversationId)
            return { who: 'Genesys', what: `cannot offer to ${agent.name}: no conversation yet`, email }
        const leg = world.standIn.admin.assignAgent(email.conversationId, agent.genesysUserId)
        email.participantId = leg.participantId
        const body = {
            eventId: world.nextEventId(),
            conversationId: email.conversationId,
            participantId: leg.participantId,
            userId: agent.genesysUserId,
            communicationId: leg.communicationId,
        }
        const told = deliver(world, step.event, `agent-assigned ${agent.name}`, () =>
            world.runner.rest({
                method: 'POST',
                path: '/api/x_gcer/genesys/agent-assigned',
                body,
                as: world.integration,
            })
        )
        return { who: agent.name, what: `accepts the Genesys offer; ${told}`, email }
    },

    miss(world, step) {
        const email = refreshed(world, step)
        return {
            who: world.agent(step.agent).name,
            what: 'misses the Genesys offer (it stays queued in Genesys)',
            email,
        }
    },

    hold(world, step) {
        const email = refreshed(world, step)
        const note = step.until
            ? ` (resume time +${step.until} min: not offered by this build's Hold; held without)`
            : ''
        return { who: ownerName(world, email), what: `clicks Hold: ${uiAction(world, 'Hold', email)}${note}`, email }
    },

    resume(world, step) {
        const email = refreshed(world, step)
        return { who: ownerName(world, email), what: `clicks Resume: ${uiAction(world, 'Resume', email)}`, email }
    },

    reply(world, step) {
        const email = refreshed(world, step)
        const emailSysId = seedRecord('sys_email', {
            type: 'received',
            subject: `RE: ${email.name}`,
            body: 'Customer text',
        })
        const before = world.rowsOf('x_gcer_routing_event', email).at(-1)
        const ran = world.runner.inboundEmail({
            type: 'reply',
            current: email.sysId,
            event: { getValue: (f: string) => (f === 'instance' ? emailSysId : null) },
            email: {
                subject: `RE: ${email.name}`,
                from: email.from,
                origemail: email.from,
                to: email.to,
                recipients: email.to,
                headers: '',
                body_text: 'More text',
            },
        })
        const last = world.rowsOf('x_gcer_routing_event', email).at(-1)
        const tracked = new Set([...world.emails.values()].map((e) => e.sysId))
        const followUp = allRecords('interaction').find(
            (r) => r.parent === email.sysId && !tracked.has(String(r.sys_id))
        )
        if (followUp) {
            const next = { name: `${email.name}+`, from: email.from, to: email.to, sysId: String(followUp.sys_id) }
            world.emails.set(next.name, next)
            const routed = refreshed(world, { do: 'reply', email: next.name })
            return {
                who: 'customer',
                what: `replies to the closed email: follow-up ${followUp.number} opened`,
                email: routed,
            }
        }
        const seen = !ran.length
            ? 'no inbound action took it'
            : last && last.sys_id !== before?.sys_id
              ? `${last.event}: ${last.outcome}`
              : `nothing recorded (${logLines().at(-1)?.message})`
        return { who: 'customer', what: `replies to the email: ${seen}`, email }
    },

    transfer(world, step) {
        const email = refreshed(world, step)
        const [kind, name] = String(step.to).split(':')
        const target = kind === 'queue' ? `queue:${world.queues.get(name)}` : `agent:${world.agent(name).sysId}`
        const who = ownerName(world, email)
        const reply = ajax(world, who, {
            sysparm_name: 'transfer',
            sysparm_interaction: String(email.sysId),
            sysparm_target: target,
        })
        return { who, what: `transfers to ${step.to}: ${reply}`, email }
    },

    case(world, step) {
        const email = refreshed(world, step)
        return {
            who: ownerName(world, email),
            what: `clicks Create Case: ${uiAction(world, 'Create Case', email)}`,
            email,
        }
    },

    disconnect(world, step) {
        const email = refreshed(world, step)
        const code = world.wrapupCodes.get(step.wrapup ?? '') ?? [...world.wrapupCodes.values()][0]
        const who = ownerName(world, email)
        const reply = ajax(world, who, {
            sysparm_name: 'disconnect',
            sysparm_interaction: String(email.sysId),
            sysparm_wrapup: code,
        })
        return { who, what: `disconnects (${step.wrapup ?? 'default wrap-up'}): ${reply}`, email }
    },

    ended(world, step) {
        const email = refreshed(world, step)
        if (!email.conversationId) return { who: 'Genesys', what: 'cannot end: no conversation', email }
        const conversation = world.standIn.admin.conversation(email.conversationId) as {
            participants: { id: string; purpose: string; state: string }[]
        }
        for (const p of conversation.participants.filter((x) => x.purpose !== 'customer' && x.state !== 'disconnected'))
            world.genesysApi('PATCH', `/api/v2/conversations/emails/${email.conversationId}/participants/${p.id}`, {
                state: 'disconnected',
            })
        const body = { eventId: world.nextEventId(), conversationId: email.conversationId }
        const told = deliver(world, step.event, 'conversation-ended', () =>
            world.runner.rest({
                method: 'POST',
                path: '/api/x_gcer/genesys/conversation-ended',
                body,
                as: world.integration,
            })
        )
        return { who: 'Genesys', what: `ends the conversation in the desktop; ${told}`, email }
    },

    outage(world, step) {
        if (step.on === false) {
            world.standIn.admin.clearFaults()
            return { who: 'Genesys', what: 'is back up' }
        }
        const status = step.status ?? 503
        world.standIn.admin.injectFault({
            path: '/api/v2/**',
            times: 1000,
            fault: { kind: 'status', status, retryAfterSeconds: 30 },
        })
        return { who: 'Genesys', what: `goes down (every API call answers ${status})` }
    },

    outbox(world) {
        const before = allRecords('x_gcer_outbox').filter((r) => r.state === 'done').length
        world.runner.job(OUTBOX_JOB)
        const after = allRecords('x_gcer_outbox').filter((r) => r.state === 'done').length
        return { who: 'scheduler', what: `runs the outbox job: ${after - before} delivered, ${pending()} pending` }
    },

    reconcile(world) {
        const shipped = world.runner.app.active('sysauto_script').some((r) => r.fields.name === RECONCILER_JOB)
        if (!shipped)
            return { who: 'scheduler', what: `reconciler: no '${RECONCILER_JOB}' job in this build (skipped)` }
        world.runner.job(RECONCILER_JOB)
        return { who: 'scheduler', what: 'runs the reconciler' }
    },

    wait(_world, step) {
        advanceClock((step.minutes ?? 1) * 60_000)
        return { who: 'clock', what: `${step.minutes ?? 1} minutes pass` }
    },

    deliver(world) {
        const held = world.held.splice(0).reverse()
        const told = held.map((h) => `${h.label}: ${h.deliver()}`)
        return {
            who: 'Genesys',
            what: held.length ? `late events, out of order: ${told.join('; ')}` : 'no held events',
        }
    },
}

/** The email with its Genesys ids as ServiceNow holds them now (an outbox create fills the conversation in later). */
function refreshed(world: World, step: Step): TrackedEmail {
    return world.refresh(world.email(step.email))
}

function ownerName(world: World, email: TrackedEmail): string {
    const owner = String(world.interaction(email)?.assigned_to ?? '')
    return [...world.agents.values()].find((a) => a.sysId === owner)?.name ?? [...world.agents.values()][0].name
}

function sessionUser(world: World, name: string) {
    return world.as(world.agent(name))
}

/** A UI action click, answered by the message the agent sees (or why the button is not there). */
function uiAction(world: World, name: string, email: TrackedEmail): string {
    const seen = sessionMessageList().length
    const ran = world.runner.uiAction(name, String(email.sysId), {
        table: 'interaction',
        as: sessionUser(world, ownerName(world, email)),
    })
    if (!ran) return 'button not shown'
    const message = sessionMessageList().slice(seen).at(-1)
    return message ? `${message.type === 'error' ? 'refused: ' : ''}${message.message}` : 'done'
}

function ajax(world: World, who: string, params: Record<string, string>): string {
    const reply = JSON.parse(String(world.runner.ajax(AJAX, params, { as: sessionUser(world, who) }))) as {
        ok: boolean
        message?: string
    }
    return `${reply.ok ? '' : 'refused: '}${reply.message ?? (reply.ok ? 'done' : 'no reason given')}`
}

function deliver(world: World, fate: EventFate | undefined, label: string, send: () => RestAnswer): string {
    const told = () => {
        const answer = send()
        const body = answer.body as { outcome?: string; message?: string; duplicate?: boolean } | undefined
        return `HTTP ${answer.status} ${body?.outcome ?? body?.message ?? ''}${body?.duplicate ? ' (duplicate)' : ''}`.trim()
    }
    switch (fate ?? 'delivered') {
        case 'lost':
            return `${label} event lost on the way`
        case 'held':
            world.held.push({ label, deliver: told })
            return `${label} event delayed`
        case 'twice':
            return `${label} event: ${told()}, again: ${told()}`
        default:
            return `${label} event: ${told()}`
    }
}

function pending(): number {
    return allRecords('x_gcer_outbox').filter((r) => r.state === 'pending').length
}
