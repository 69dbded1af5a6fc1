import type {
    ConversationParticipant,
    GenesysApi,
    GenesysResult,
    GenesysWrapupCode,
} from '../../../src/genesys/genesys-api'
import type { GenesysError } from '../../../src/genesys/genesys-error'

export type GenesysMethod = keyof GenesysApi

export interface GenesysCall {
    readonly method: GenesysMethod
    readonly args: readonly unknown[]
}

/**
 * A GenesysApi that records every call and answers from a script: queued answers per method first,
 * then an outage error if one is set, else success (create returns a fresh conversation id).
 */
export function scriptedGenesys() {
    const calls: GenesysCall[] = []
    const queued = new Map<GenesysMethod, GenesysError[]>()
    let outage: GenesysError | null = null
    const wrapupCodes = new Map<string, GenesysWrapupCode[]>()
    const conversations = new Map<string, ConversationParticipant[]>()
    const participantCodes = new Map<string, GenesysWrapupCode[]>()
    let created = 0

    function answer<T>(method: GenesysMethod, args: unknown[], success: () => T): GenesysResult<T> {
        calls.push({ method, args })
        const next = queued.get(method)?.shift()
        if (next) return { ok: false, error: next }
        if (outage) return { ok: false, error: outage }
        return { ok: true, value: success() }
    }
    const none = () => undefined

    const api: GenesysApi = {
        createEmailConversation: (request) =>
            answer('createEmailConversation', [request], () => ({
                conversationId: `c0000000-0000-4000-8000-${String(++created).padStart(12, '0')}`,
            })),
        postInboundMessage: (cid, message) =>
            answer('postInboundMessage', [cid, message], () => ({ conversationId: cid })),
        getEmailConversation: (cid) =>
            answer('getEmailConversation', [cid], () => ({ id: cid, participants: conversations.get(cid) ?? [] })),
        transferToQueue: (cid, pid, qid) => answer('transferToQueue', [cid, pid, qid], none),
        transferToAgent: (cid, pid, uid) => answer('transferToAgent', [cid, pid, uid], none),
        park: (cid, pid, resumeTime) => answer('park', resumeTime ? [cid, pid, resumeTime] : [cid, pid], none),
        unpark: (cid, pid) => answer('unpark', [cid, pid], none),
        disconnectWithWrapup: (cid, pid, wrapup) => answer('disconnectWithWrapup', [cid, pid, wrapup], none),
        applyWrapup: (cid, pid, comm, wrapup) => answer('applyWrapup', [cid, pid, comm, wrapup], none),
        listQueues: () => answer('listQueues', [], () => []),
        listQueueWrapupCodes: (qid) => answer('listQueueWrapupCodes', [qid], () => wrapupCodes.get(qid) ?? []),
        listParticipantWrapupCodes: (cid, pid) =>
            answer('listParticipantWrapupCodes', [cid, pid], () => participantCodes.get(pid) ?? []),
        findEmailConversationByAttribute: (name, value, since) =>
            answer('findEmailConversationByAttribute', [name, value, since], () => {
                for (const [id, participants] of conversations)
                    if (participants.some((p) => p.attributes?.[name] === value)) return id
                return null
            }),
        getUser: (uid) => answer('getUser', [uid], () => ({ id: uid, name: uid, state: 'active' })),
    }

    return {
        api,
        calls,
        /** The next call of `method` fails with `error` (each call consumes one). */
        failNext(method: GenesysMethod, ...errors: GenesysError[]) {
            queued.set(method, [...(queued.get(method) ?? []), ...errors])
        },
        /** Every call fails until `recover()`. */
        goDown(error: GenesysError) {
            outage = error
        },
        recover() {
            outage = null
        },
        callsOf: (method: GenesysMethod) => calls.filter((c) => c.method === method),
        /** What a read of the conversation answers (GET /api/v2/conversations/emails/{id}). */
        setConversation(conversationId: string, participants: ConversationParticipant[]) {
            conversations.set(conversationId, participants)
        },
        /** The wrap-up codes Genesys allows for a participant. */
        setParticipantWrapupCodes(participantId: string, codes: GenesysWrapupCode[]) {
            participantCodes.set(participantId, codes)
        },
        /** The wrap-up codes Genesys lists for a queue. */
        setWrapupCodes(queueId: string, codes: GenesysWrapupCode[]) {
            wrapupCodes.set(queueId, codes)
        },
    }
}

export type ScriptedGenesys = ReturnType<typeof scriptedGenesys>

/**
 * Typical failures, as the REST client maps them. The client adds `maybeProcessed: true` to a timeout, network
 * failure or 502/504 of a request that is not safe to repeat (create, transfer); tests add it where they mean that.
 */
export const GENESYS_ERRORS = {
    rateLimited: (retryAfterSeconds = 30): GenesysError => ({
        kind: 'rate_limited',
        status: 429,
        code: 'too.many.requests',
        message: 'Rate limit exceeded',
        correlationId: 'corr-429',
        retryAfterSeconds,
    }),
    unavailable: (): GenesysError => ({
        kind: 'unavailable',
        status: 503,
        message: 'Service Unavailable',
        correlationId: 'corr-503',
    }),
    timeout: (): GenesysError => ({ kind: 'timeout', status: 0, message: 'no response within 8000 ms' }),
    gatewayTimeout: (): GenesysError => ({
        kind: 'unavailable',
        status: 504,
        message: 'Gateway Timeout',
        correlationId: 'corr-504',
        retryAfterSeconds: 3,
    }),
    notFound: (): GenesysError => ({
        kind: 'not_found',
        status: 404,
        code: 'not.found',
        message: 'The participant was not found',
        correlationId: 'corr-404',
    }),
    badRequest: (): GenesysError => ({
        kind: 'bad_request',
        status: 400,
        code: 'bad.request',
        message: 'The queue is not accepting transfers',
        correlationId: 'corr-400',
    }),
    configuration: (): GenesysError => ({ kind: 'configuration', status: 0, message: 'no credential alias is set' }),
    brokenBody: (): GenesysError => ({
        kind: 'invalid_response',
        status: 200,
        message: 'HTTP 200 with a body that is not JSON',
    }),
}
