import { badRequest, notFound } from './error-body'
import { parseJsonObject } from './http-kit'
import type { Incoming, Reply } from './http-kit'
import { ACCEPTED } from './route'
import type { Route } from './route'
import { disconnectAgent, park, transfer, unpark } from './routing-sim'
import type { Participant, StandInState } from './stand-in-state'

/**
 * Acting on a participant that is already disconnected. Genesys documents no specific code for
 * this on /replace/* or parkingstate, so the stand-in answers 400 with the documented generic
 * `bad.request` code [inferred]. Tests import this constant rather than repeating it.
 */
export const DISCONNECTED_PARTICIPANT = { status: 400, code: 'bad.request' } as const

type Resolved = { participant: Participant; body: Record<string, unknown> } | { reply: Reply }

function resolve(params: Record<string, string>, incoming: Incoming, state: StandInState): Resolved {
    if (!state.conversations.has(params.cid)) return { reply: notFound('conversation') }
    const participant = state.findParticipant(params.cid, params.pid)
    if (participant === undefined) return { reply: notFound('participant') }
    const body = parseJsonObject(incoming.body)
    if (body === undefined) return { reply: badRequest('The request body is not valid JSON.') }
    if (participant.state === 'disconnected') {
        return {
            reply: badRequest(`Participant ${participant.id} is disconnected.`, DISCONNECTED_PARTICIPANT.code),
        }
    }
    return { participant, body }
}

function text(value: unknown): string | undefined {
    return typeof value === 'string' && value !== '' ? value : undefined
}

function wrapupFrom(value: unknown): Participant['wrapup'] | undefined {
    if (typeof value !== 'object' || value === null) return undefined
    const raw = value as Record<string, unknown>
    const code = text(raw.code)
    return code === undefined ? undefined : { code, name: text(raw.name), notes: text(raw.notes) }
}

/**
 * A transfer: the current participant is disconnected (`user.end` for an agent) and a new one joins
 * for the target (an acd participant for a queue, an alerting agent participant, `user.start`, for a user).
 */
function replaceRoute(target: 'queue' | 'agent', field: 'queueId' | 'userId'): Route {
    return {
        method: 'POST',
        template: `/api/v2/conversations/{cid}/participants/{pid}/replace/${target}`,
        handle: (params, incoming, state) => {
            const found = resolve(params, incoming, state)
            if ('reply' in found) return found.reply
            const id = text(found.body[field])
            if (id === undefined) return badRequest(`${field} is required.`)
            if (target === 'queue' ? !state.queues.has(id) : !state.users.has(id))
                return notFound(target === 'queue' ? 'queue' : 'user')
            const conversation = state.conversations.get(params.cid)
            if (conversation === undefined) return notFound('conversation')
            transfer(state, conversation, found.participant, target === 'queue' ? { queueId: id } : { userId: id })
            return ACCEPTED
        },
    }
}

/** Transfer (replace), park / unpark, disconnect with wrap-up, wrap-up only. */
export const participantRoutes: readonly Route[] = [
    replaceRoute('queue', 'queueId'),
    replaceRoute('agent', 'userId'),
    {
        method: 'PATCH',
        template: '/api/v2/conversations/emails/{cid}/participants/{pid}/parkingstate',
        handle: (params, incoming, state) => {
            const found = resolve(params, incoming, state)
            if ('reply' in found) return found.reply
            const wanted = found.body.state
            if (wanted !== 'parked' && wanted !== 'connected') return badRequest('state must be parked or connected.')
            if (wanted === 'connected') {
                unpark(found.participant)
                return ACCEPTED
            }
            const resumeTime = text(found.body.resumeTime)
            if (resumeTime !== undefined && Number.isNaN(Date.parse(resumeTime)))
                return badRequest('resumeTime must be an ISO-8601 date-time.')
            const refused = park(state, found.participant, resumeTime)
            return refused === undefined ? ACCEPTED : badRequest(refused.message)
        },
    },
    {
        method: 'PATCH',
        template: '/api/v2/conversations/emails/{cid}/participants/{pid}',
        handle: (params, incoming, state) => {
            const found = resolve(params, incoming, state)
            if ('reply' in found) return found.reply
            if (found.body.state !== undefined && found.body.state !== 'disconnected') {
                return badRequest('Only state disconnected is supported by the stand-in.')
            }
            const wrapup = wrapupFrom(found.body.wrapup)
            if (wrapup !== undefined) found.participant.wrapup = wrapup
            if (found.body.state === 'disconnected') {
                const conversation = state.conversations.get(params.cid)
                if (conversation !== undefined && found.participant.purpose === 'agent')
                    disconnectAgent(state, conversation, found.participant, 'client')
                else found.participant.state = 'disconnected'
            }
            return ACCEPTED
        },
    },
    {
        method: 'POST',
        template: '/api/v2/conversations/emails/{cid}/participants/{pid}/communications/{commId}/wrapup',
        handle: (params, incoming, state) => {
            if (!state.conversations.has(params.cid)) return notFound('conversation')
            const participant = state.findParticipant(params.cid, params.pid)
            if (participant === undefined) return notFound('participant')
            if (participant.communicationId !== params.commId) return notFound('communication')
            const wrapup = wrapupFrom(parseJsonObject(incoming.body))
            if (wrapup === undefined) return badRequest('code is required.')
            participant.wrapup = wrapup
            return ACCEPTED
        },
    },
]
