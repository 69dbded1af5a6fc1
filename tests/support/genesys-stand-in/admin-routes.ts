import type { FaultQueue } from './fault-queue'
import { badRequest, notFound } from './error-body'
import type { Incoming, Reply } from './http-kit'
import { matchTemplate } from './http-kit'
import type { StandInState } from './stand-in-state'
import type { FaultRule, RecordedRequest, SeedQueue, SeedUser, SeedWrapupCode } from './stand-in-types'

export interface AdminContext {
    readonly state: StandInState
    readonly faults: FaultQueue
    readonly recorded: RecordedRequest[]
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
        case 'GET /__admin/conversations':
            return { status: 200, body: [...ctx.state.conversations.keys()] }
        case 'POST /__admin/tokens/expire':
            for (const token of ctx.state.tokens.keys()) ctx.state.tokens.set(token, 0)
            return OK
    }
    const wrapups = matchTemplate('/__admin/queues/{qid}/wrapupcodes', path)
    if (wrapups !== undefined && method === 'POST') return seedWrapups(wrapups.qid, json(incoming), ctx.state)
    const agent = matchTemplate('/__admin/conversations/{cid}/agent', path)
    if (agent !== undefined && method === 'POST') return assignAgent(agent.cid, json(incoming), ctx.state)
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
    const assigned = state.assignAgent(conversationId, userId)
    return assigned === undefined ? notFound('conversation or user') : { status: 200, body: assigned }
}

function armFault(value: unknown, ctx: AdminContext): Reply {
    const rule = value as FaultRule | undefined
    if (rule === undefined || typeof rule.path !== 'string' || typeof rule.fault?.kind !== 'string') {
        return badRequest('expected {method?, path, times?, fault: {kind, ...}}')
    }
    ctx.faults.arm(rule)
    return OK
}
