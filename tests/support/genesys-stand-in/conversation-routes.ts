import { emailConversationView } from './conversation-view'
import { badRequest, notFound } from './error-body'
import { chainReply, routeIfAuto } from './routing-sim'
import { parseJsonObject } from './http-kit'
import type { Route } from './route'

function stringField(body: Record<string, unknown>, name: string): string | undefined {
    const value = body[name]
    return typeof value === 'string' && value !== '' ? value : undefined
}

function stringMap(value: unknown): Record<string, string> {
    if (typeof value !== 'object' || value === null) return {}
    return Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    )
}

/** Create an email conversation, post a customer reply into it, read it. */
export const conversationRoutes: readonly Route[] = [
    {
        method: 'POST',
        template: '/api/v2/conversations/emails',
        handle: (_params, incoming, state) => {
            const body = parseJsonObject(incoming.body)
            if (body === undefined) return badRequest('The request body is not valid JSON.')
            const provider = stringField(body, 'provider')
            const queueId = stringField(body, 'queueId')
            if (provider === undefined) return badRequest('provider is required.')
            if (queueId === undefined) return badRequest('queueId or flowId is required.')
            if (!state.queues.has(queueId)) return notFound('queue')
            const conversation = state.createConversation({
                provider,
                queueId,
                subject: stringField(body, 'subject') ?? '',
                fromAddress: stringField(body, 'fromAddress') ?? '',
                attributes: stringMap(body['attributes']),
            })
            routeIfAuto(state, conversation)
            return { status: 200, body: emailConversationView(conversation) }
        },
    },
    {
        method: 'POST',
        template: '/api/v2/conversations/emails/{cid}/inboundmessages',
        handle: (params, incoming, state) => {
            const conversation = state.conversations.get(params.cid)
            if (conversation === undefined) return notFound('conversation')
            const body = parseJsonObject(incoming.body)
            if (body === undefined) return badRequest('The request body is not valid JSON.')
            if (stringField(body, 'provider') === undefined) return badRequest('provider is required.')
            const queueId = stringField(body, 'queueId')
            if (queueId !== undefined && !state.queues.has(queueId)) return notFound('queue')
            conversation.inboundMessages.push(body)
            // Chained: a parked email comes back to the same agent; one nobody works is routed again.
            chainReply(state, conversation, queueId)
            return { status: 200, body: emailConversationView(conversation) }
        },
    },
    {
        method: 'GET',
        template: '/api/v2/conversations/emails/{cid}',
        handle: (params, _incoming, state) => {
            const conversation = state.conversations.get(params.cid)
            return conversation === undefined
                ? notFound('conversation')
                : { status: 200, body: emailConversationView(conversation) }
        },
    },
    {
        method: 'GET',
        template: '/api/v2/conversations/emails/{cid}/participants/{pid}/wrapupcodes',
        // [WrapupCode] of the participant's queue: after a transfer that is the new queue's list.
        handle: (params, _incoming, state) => {
            if (!state.conversations.has(params.cid)) return notFound('conversation')
            const participant = state.findParticipant(params.cid, params.pid)
            if (participant === undefined) return notFound('participant')
            const ids = participant.queueId === undefined ? [] : (state.queueWrapupCodes.get(participant.queueId) ?? [])
            return { status: 200, body: ids.map((id) => state.wrapupCodes.get(id)).filter((c) => c !== undefined) }
        },
    },
]
