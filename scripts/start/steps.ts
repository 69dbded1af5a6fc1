import { inboundEmailEvent } from '../../tests/support/inbound-email-event'
import { advanceClock, allRecords, getNow, logLines, seedRecord, sessionMessageList } from '../../tests/fakes/glide'
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
const RECONCILER_JOB = 'Genesys email routing: reconcile with Genesys'
const EVENTS_PATH = '/api/x_gcer/genesys/events'

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
            event: inboundEmailEvent(emailSysId),
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
        // Genesys offers to the agent (a still-alerting other agent times out first) and the agent answers.
        const raw = world.standIn.admin.conversation(email.conversationId) as {
            participants: { purpose: string; state: string; userId?: string }[]
        }
        const offered = raw.participants.some(
            (p) => p.purpose === 'agent' && p.state === 'alerting' && p.userId === agent.genesysUserId
        )
        const busy = raw.participants.some(
            (p) => p.purpose === 'agent' && (p.state === 'connected' || p.state === 'parked')
        )
        if (!offered && busy)
            return { who: agent.name, what: `cannot accept: Genesys has the email with another agent already`, email }
        const leg = offered
            ? world.standIn.admin.accept(email.conversationId, agent.genesysUserId)
            : world.standIn.admin.assignAgent(email.conversationId, agent.genesysUserId)
        email.participantId = leg.participantId
        const told = deliverEvents(world, step.event)
        return { who: agent.name, what: `accepts the Genesys offer; ${told}`, email }
    },

    miss(world, step) {
        const email = refreshed(world, step)
        const agent = world.agent(step.agent)
        if (!email.conversationId)
            return { who: 'Genesys', what: `cannot offer to ${agent.name}: no conversation yet`, email }
        // Genesys offers to the agent, who does not answer: Genesys re-offers to the next agent.
        try {
            world.standIn.admin.offer(email.conversationId, agent.genesysUserId)
            world.standIn.admin.miss(email.conversationId)
        } catch (e) {
            return { who: 'Genesys', what: `cannot offer to ${agent.name}: ${(e as Error).message}`, email }
        }
        const told = deliverEvents(world, step.event)
        return {
            who: agent.name,
            what: `misses the Genesys offer (Genesys offers it to the next agent); ${told}`,
            email,
        }
    },

    hold(world, step) {
        const email = refreshed(world, step)
        const who = ownerName(world, email)
        // The Hold modal's optional "Resume at", as the Ajax processor takes it (an ISO instant passes as is).
        const until = step.until ? new Date(getNow() + Number(step.until) * 60_000).toISOString() : ''
        const reply = ajax(world, who, {
            sysparm_name: 'hold',
            sysparm_interaction: String(email.sysId),
            ...(until ? { sysparm_resume_time: until } : {}),
        })
        return { who, what: `clicks Hold${until ? ` until ${until}` : ''}: ${reply}`, email }
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
            event: inboundEmailEvent(emailSysId),
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
            (r) => r.parent_interaction === email.sysId && !tracked.has(String(r.sys_id))
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
        world.standIn.admin.endConversation(email.conversationId)
        const told = deliverEvents(world, step.event)
        return { who: 'Genesys', what: `ends the conversation in Genesys; ${told}`, email }
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
        const before = allRecords('x_gcer_routing_event').length
        world.runner.job(RECONCILER_JOB)
        const rows = allRecords('x_gcer_routing_event').slice(before)
        const corrected = rows.filter((r) => r.outcome !== 'unchanged' && r.outcome !== 'failed').length
        return { who: 'scheduler', what: `runs the reconciler: ${corrected} corrected from Genesys` }
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

/**
 * The trigger events Genesys fired since the last drain, as the shipped data action posts them (the stand-in
 * renders each through genesys/data-action), sent to the events endpoint with the step's fate: lost, held for
 * the next `deliver` step (then sent in reverse order), twice, or delivered.
 */
function deliverEvents(world: World, fate: EventFate | undefined): string {
    const bodies = world.standIn.admin.drainEventBodies()
    if (bodies.length === 0) return 'no Genesys event'
    const label = bodies.map((b) => topicOf(b)).join(', ')
    const post = (body: string) => () =>
        told(world.runner.rest({ method: 'POST', path: EVENTS_PATH, body, as: world.integration }))
    const sendAll = () => bodies.map((b) => post(b)()).join('; ')
    switch (fate ?? 'delivered') {
        case 'lost':
            return `${label} lost on the way`
        case 'held':
            for (const body of bodies) world.held.push({ label: topicOf(body), deliver: post(body) })
            return `${label} delayed`
        case 'twice':
            return `${label}: ${sendAll()}, again: ${sendAll()}`
        default:
            return `${label}: ${sendAll()}`
    }
}

/** `user.start` from `v2.detail.events.conversation.<id>.user.start`. */
function topicOf(body: string): string {
    const topic = String((JSON.parse(body) as { topicName?: string }).topicName ?? '')
    return topic.split('.').slice(-2).join('.')
}

function told(answer: RestAnswer): string {
    const body = answer.body as { outcome?: string; message?: string; duplicate?: boolean } | undefined
    return `HTTP ${answer.status} ${body?.outcome ?? body?.message ?? ''}${body?.duplicate ? ' (duplicate)' : ''}`.trim()
}

function pending(): number {
    return allRecords('x_gcer_outbox').filter((r) => r.state === 'pending').length
}
