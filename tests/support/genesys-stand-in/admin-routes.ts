import type { FaultQueue } from './fault-queue'
import { badRequest, notFound } from './error-body'
import type { Incoming, Reply } from './http-kit'
import { matchTemplate } from './http-kit'
import type { StandInState } from './stand-in-state'
import type { ChaosOptions, EventPipeline } from './event-chaos'
import * as sim from './routing-sim'
import type { SimFailure } from './routing-sim'
import type { FaultRule, RecordedRequest, SeedQueue, SeedUser, SeedWrapupCode } from './stand-in-types'

export interface AdminContext {
    readonly state: StandInState
    readonly faults: FaultQueue
    readonly recorded: RecordedRequest[]
    readonly events: EventPipeline
}

function json(incoming: Incoming): unknown {
    try {
        return JSON.parse(incoming.body)
    } catch {
        return undefined
    }
}

function isNamedList(value: unknown): value is { id: string; name: string }[] {
    return (
        Array.isArray(value) &&
        value.every(
            (v) => typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.name === 'string'
        )
    )
}

const OK: Reply = { status: 200, body: { ok: true } }

/** /__admin/...: test control. Not recorded and never faulted. */
export function routeAdmin(incoming: Incoming, ctx: AdminContext): Reply {
    const { method, path } = incoming
    const key = `${method} ${path}`
    switch (key) {
        case 'POST /__admin/reset':
            ctx.state.reset()
            ctx.faults.clear()
            ctx.events.reset()
            ctx.recorded.length = 0
            return OK
        case 'GET /__admin/requests':
            return { status: 200, body: ctx.recorded }
        case 'DELETE /__admin/requests':
            ctx.recorded.length = 0
            return OK
        case 'GET /__admin/faults':
            return { status: 200, body: ctx.faults.pending() }
        case 'DELETE /__admin/faults':
            ctx.faults.clear()
            return OK
        case 'POST /__admin/faults':
            return armFault(json(incoming), ctx)
        case 'POST /__admin/queues':
            return seed(json(incoming), (q: SeedQueue) => ctx.state.queues.set(q.id, q))
        case 'POST /__admin/users':
            return seed(json(incoming), (u: SeedUser) => ctx.state.users.set(u.id, u))
        case 'POST /__admin/permissions': {
            const granted = json(incoming) as string[] | null
            ctx.state.grantedPermissions = granted === null ? undefined : new Set(granted)
            return OK
        }
        case 'GET /__admin/conversations':
            return { status: 200, body: [...ctx.state.conversations.keys()] }
        case 'POST /__admin/heal':
            // Genesys healthy again: no faults, no event chaos; held-back events go out on the next drain.
            ctx.faults.clear()
            ctx.events.heal()
            return OK
        case 'POST /__admin/events/chaos':
            return configureChaos(json(incoming), ctx)
        case 'POST /__admin/events/drain': {
            const fired = ctx.state.firedEvents.splice(0)
            return { status: 200, body: ctx.events.drain(fired) }
        }
        case 'GET /__admin/events/stats':
            return {
                status: 200,
                body: { ...ctx.events.counts, undrained: ctx.state.firedEvents.length, held: ctx.events.pendingHeld() },
            }
        case 'POST /__admin/clock/advance': {
            const ms = (json(incoming) as { ms?: unknown } | undefined)?.ms
            if (typeof ms !== 'number' || ms < 0) return badRequest('expected {ms >= 0}')
            ctx.state.clockOffsetMs += ms
            return { status: 200, body: { now: ctx.state.now(), resumed: sim.autoResumeDue(ctx.state) } }
        }
        case 'POST /__admin/routing':
            ctx.state.autoOffer = (json(incoming) as { autoOffer?: unknown } | undefined)?.autoOffer === true
            return OK
        case 'POST /__admin/tokens/expire':
            for (const token of ctx.state.tokens.keys()) ctx.state.tokens.set(token, 0)
            return OK
    }
    const wrapups = matchTemplate('/__admin/queues/{qid}/wrapupcodes', path)
    if (wrapups !== undefined && method === 'POST') return seedWrapups(wrapups.qid, json(incoming), ctx.state)
    const agent = matchTemplate('/__admin/conversations/{cid}/agent', path)
    if (agent !== undefined && method === 'POST') return assignAgent(agent.cid, json(incoming), ctx.state)
    const action = matchTemplate('/__admin/conversations/{cid}/{action}', path)
    if (action !== undefined && method === 'POST')
        return conversationAction(action.cid, action.action, json(incoming), ctx.state)
    const conversation = matchTemplate('/__admin/conversations/{cid}', path)
    if (conversation !== undefined && method === 'GET') {
        const found = ctx.state.conversations.get(conversation.cid)
        return found === undefined ? notFound('conversation') : { status: 200, body: found }
    }
    return notFound('admin operation')
}

function seed<T extends { id: string; name: string }>(value: unknown, put: (item: T) => void): Reply {
    if (!isNamedList(value)) return badRequest('expected [{id, name}]')
    value.forEach((item) => put(item as T))
    return OK
}

function seedWrapups(queueId: string, value: unknown, state: StandInState): Reply {
    if (!state.queues.has(queueId)) return notFound('queue')
    if (!isNamedList(value)) return badRequest('expected [{id, name}]')
    const ids = state.queueWrapupCodes.get(queueId) ?? []
    for (const code of value as SeedWrapupCode[]) {
        state.wrapupCodes.set(code.id, code)
        if (!ids.includes(code.id)) ids.push(code.id)
    }
    state.queueWrapupCodes.set(queueId, ids)
    return OK
}

function assignAgent(conversationId: string, value: unknown, state: StandInState): Reply {
    const userId = typeof value === 'object' && value !== null ? (value as { userId?: unknown }).userId : undefined
    if (typeof userId !== 'string') return badRequest('expected {userId}')
    return simReply(sim.offerAndAccept(state, conversationId, userId))
}

function simReply(outcome: object | SimFailure | undefined): Reply {
    if (outcome !== undefined && 'failure' in outcome)
        return outcome.failure === 'not_found' ? notFound(outcome.message) : badRequest(outcome.message)
    return { status: 200, body: outcome ?? { ok: true } }
}

function field(value: unknown, name: string): string | undefined {
    const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined
    return typeof v === 'string' && v !== '' ? v : undefined
}

/** Changes made on the Genesys side: ACD offers, agents answer or not, desktop and supervisor actions. */
function conversationAction(cid: string, action: string, body: unknown, state: StandInState): Reply {
    const conversation = state.conversations.get(cid)
    if (conversation === undefined) return notFound('conversation')
    switch (action) {
        case 'offer':
            return simReply(sim.offer(state, cid, field(body, 'userId')))
        case 'accept':
            return simReply(sim.accept(state, cid, field(body, 'userId')))
        case 'miss':
            return simReply(sim.miss(state, cid))
        case 'desktop-transfer': {
            const agent = sim.activeAgent(conversation)
            if (agent === undefined) return badRequest('No agent participant to transfer from.')
            const queueId = field(body, 'queueId')
            const userId = field(body, 'userId')
            if (queueId !== undefined && state.queues.has(queueId))
                sim.transfer(state, conversation, agent, { queueId })
            else if (userId !== undefined && state.users.has(userId))
                sim.transfer(state, conversation, agent, { userId })
            else return badRequest('expected a known {queueId} or {userId}')
            return OK
        }
        case 'supervisor-disconnect': {
            const agent = sim.activeAgent(conversation)
            if (agent === undefined) return badRequest('No agent participant to disconnect.')
            sim.disconnectAgent(state, conversation, agent, 'system')
            return OK
        }
        case 'end':
            sim.endConversation(state, cid)
            return OK
    }
    return notFound('admin operation')
}

function configureChaos(value: unknown, ctx: AdminContext): Reply {
    if (value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0)) {
        ctx.events.configure(undefined)
        return OK
    }
    const options = value as ChaosOptions
    if (typeof options.seed !== 'number')
        return badRequest('expected {seed, duplicateRate?, reorderRate?, delayRate?, dropRate?, maxDelayDrains?}')
    ctx.events.configure(options)
    return OK
}

function armFault(value: unknown, ctx: AdminContext): Reply {
    const rule = value as FaultRule | undefined
    if (rule === undefined || typeof rule.path !== 'string' || typeof rule.fault?.kind !== 'string') {
        return badRequest('expected {method?, path, times?, fault: {kind, ...}}')
    }
    ctx.faults.arm(rule)
    return OK
}
