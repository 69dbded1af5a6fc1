import { err, ok, type Result } from '../domain/result'
import { createApiCaller, type ApiCall, type ApiCaller } from './api-caller'
import { badInput, invalidResponse, truncate } from './error-mapping'
import type { GenesysClientApi, GenesysResult, WrapupInput } from './genesys-api'
import { resolveGenesysHosts } from './genesys-environments'
import type { GenesysError } from './genesys-error'
import { genesysPaths } from './genesys-paths'
import {
    SILENT_LOGGER,
    type Clock,
    type CredentialsProvider,
    type Logger,
    type Sleeper,
    type TokenStore,
} from './genesys-ports'
import type { HttpResponse, HttpTransport } from './http-transport'
import { isRecord, parseJson, stringField } from './json'
import { fetchAllPages, MAX_PAGES } from './paging'
import { createRedactor, type Redactor } from './redaction'
import { attributeQuery, candidateIds, INTERVAL_SLACK_MS } from './find-by-attribute'
import { toEmailConversation, toGenesysUser, toIdNameList } from './response-parsing'
import { INTERACTIVE_RETRY_POLICY, type RetryPolicy } from './retry-policy'
import { createTokenManager } from './token-manager'

export interface GenesysClientDeps {
    /** Environment domain (`mypurecloud.ie`), API host or region (`eu-west-1`). */
    readonly environment: string
    readonly transport: HttpTransport
    readonly credentials: CredentialsProvider
    readonly tokenStore: TokenStore
    readonly clock: Clock
    readonly sleeper: Sleeper
    readonly logger?: Logger
    /** Defaults to INTERACTIVE_RETRY_POLICY; background callers (outbox job, reconciler, admin Retry) pass one built on BACKGROUND_RETRY_POLICY. */
    readonly retryPolicy?: RetryPolicy
    /** Defaults to 60 s. */
    readonly tokenRefreshMarginMs?: number
    /** Defaults to MAX_PAGES (50 pages of 100). */
    readonly maxPages?: number
}

/**
 * The Genesys Cloud Platform API client. Never throws for an expected failure: every method returns
 * a Result whose error is plain data with secrets already removed. An unknown environment makes
 * every method return the same `configuration` error (nothing is sent anywhere).
 */
export function createGenesysClient(deps: GenesysClientDeps): GenesysClientApi {
    const redactor = createRedactor()
    const logger = redactingLogger(deps.logger || SILENT_LOGGER, redactor)
    const hosts = resolveGenesysHosts(deps.environment)
    const policy = deps.retryPolicy || INTERACTIVE_RETRY_POLICY
    let caller: ApiCaller | undefined
    const setupError = hosts.ok ? undefined : hosts.error
    if (hosts.ok) {
        const exchange = { transport: deps.transport, policy, clock: deps.clock, sleeper: deps.sleeper, logger }
        const tokens = createTokenManager({
            ...exchange,
            hosts: hosts.value,
            credentials: deps.credentials,
            store: deps.tokenStore,
            redactor,
            refreshMarginMs: deps.tokenRefreshMarginMs === undefined ? 60000 : deps.tokenRefreshMarginMs,
        })
        caller = createApiCaller({ ...exchange, hosts: hosts.value, tokens })
    }

    /**
     * Runs `work` with the caller, redacting whatever error comes out: the one exit for errors. The body's `code` is
     * the server's text too (an OAuth `error` can echo what it was sent), and both are cut short only once redacted.
     */
    function run<T>(work: (api: ApiCaller) => Result<T, GenesysError>): GenesysResult<T> {
        const result = caller ? work(caller) : err(setupError as GenesysError)
        if (result.ok) return result
        const error = { ...result.error, message: truncate(redactor.redact(result.error.message)) }
        if (error.code !== undefined) error.code = truncate(redactor.redact(error.code))
        return err(error)
    }

    /**
     * A 2xx whose body is neither empty nor JSON did not come from Genesys as documented (a proxy, a cut
     * connection): it says nothing clear about whether the request was carried out, so it is an error the
     * caller settles by reading Genesys, never a success.
     */
    function brokenBody(response: HttpResponse): GenesysError | null {
        if (response.body.trim() === '' || parseJson(response.body).ok) return null
        return invalidResponse(response, 'not JSON')
    }

    function send(call: ApiCall): Result<void, GenesysError> {
        return run((api) => {
            const response = api.call(call)
            if (!response.ok) return response
            const broken = brokenBody(response.value)
            return broken ? err(broken) : ok(undefined)
        })
    }

    return {
        createEmailConversation(request) {
            const invalid = requireIds({ provider: request.provider, queueId: request.queueId })
            if (invalid) return err(invalid)
            return run((api) => {
                // direction INBOUND: an external email from a third-party provider, routed to the queue.
                const body = omitUndefined({
                    provider: request.provider,
                    queueId: request.queueId,
                    toAddress: request.toAddress,
                    fromAddress: request.fromAddress,
                    fromName: request.fromName,
                    subject: request.subject,
                    direction: 'INBOUND',
                    attributes: request.attributes,
                })
                const response = api.call({
                    method: 'POST',
                    path: genesysPaths.emailConversations(),
                    body,
                    idempotent: false,
                })
                if (!response.ok) return response
                const parsed = parseJson(response.value.body)
                const id = parsed.ok && isRecord(parsed.value) ? stringField(parsed.value, 'id') : undefined
                if (id === undefined) return err(invalidResponse(response.value, 'no conversation id'))
                return ok({ conversationId: id })
            })
        },

        postInboundMessage(conversationId, message) {
            const invalid = requireIds({ conversationId, provider: message.provider })
            if (invalid) return err(invalid)
            return run((api) => {
                const body = omitUndefined({
                    provider: message.provider,
                    queueId: message.queueId,
                    toAddress: message.toAddress,
                    fromAddress: message.fromAddress,
                    subject: message.subject,
                })
                const response = api.call({
                    method: 'POST',
                    path: genesysPaths.inboundMessages(conversationId),
                    body,
                    idempotent: false,
                })
                if (!response.ok) return response
                const broken = brokenBody(response.value)
                if (broken) return err(broken)
                // The message is accepted once Genesys says 2xx; the echoed conversation is optional.
                const parsed = parseJson(response.value.body)
                const id = parsed.ok && isRecord(parsed.value) ? stringField(parsed.value, 'id') : undefined
                return ok({ conversationId: id || conversationId })
            })
        },

        getEmailConversation(conversationId) {
            const invalid = requireIds({ conversationId })
            if (invalid) return err(invalid)
            return run((api) => {
                const response = api.call({
                    method: 'GET',
                    path: genesysPaths.emailConversation(conversationId),
                    idempotent: true,
                })
                if (!response.ok) return response
                const parsed = parseJson(response.value.body)
                const conversation = parsed.ok ? toEmailConversation(parsed.value) : undefined
                if (conversation === undefined) return err(invalidResponse(response.value, 'not an email conversation'))
                return ok(conversation)
            })
        },

        transferToQueue(conversationId, participantId, queueId) {
            const invalid = requireIds({ conversationId, participantId, queueId })
            if (invalid) return err(invalid)
            return send({
                method: 'POST',
                path: genesysPaths.replaceWithQueue(conversationId, participantId),
                body: { queueId },
                idempotent: false,
            })
        },

        transferToAgent(conversationId, participantId, userId) {
            const invalid = requireIds({ conversationId, participantId, userId })
            if (invalid) return err(invalid)
            return send({
                method: 'POST',
                path: genesysPaths.replaceWithAgent(conversationId, participantId),
                body: { userId },
                idempotent: false,
            })
        },

        park(conversationId, participantId, resumeTime) {
            const invalid = requireIds({ conversationId, participantId })
            if (invalid) return err(invalid)
            // Setting a state: repeating it after a timeout leaves the same state.
            return send({
                method: 'PATCH',
                path: genesysPaths.parkingState(conversationId, participantId),
                body: resumeTime ? { state: 'parked', resumeTime } : { state: 'parked' },
                idempotent: true,
            })
        },

        unpark(conversationId, participantId) {
            const invalid = requireIds({ conversationId, participantId })
            if (invalid) return err(invalid)
            return send({
                method: 'PATCH',
                path: genesysPaths.parkingState(conversationId, participantId),
                body: { state: 'connected' },
                idempotent: true,
            })
        },

        disconnectWithWrapup(conversationId, participantId, wrapup) {
            const invalid = requireIds({ conversationId, participantId, 'wrapup.code': wrapup && wrapup.code })
            if (invalid) return err(invalid)
            // Idempotent by nature: the participant ends disconnected with this wrap-up either way.
            return send({
                method: 'PATCH',
                path: genesysPaths.emailParticipant(conversationId, participantId),
                body: { state: 'disconnected', wrapup: wrapupBody(wrapup) },
                idempotent: true,
            })
        },

        applyWrapup(conversationId, participantId, communicationId, wrapup) {
            const invalid = requireIds({
                conversationId,
                participantId,
                communicationId,
                'wrapup.code': wrapup && wrapup.code,
            })
            if (invalid) return err(invalid)
            return send({
                method: 'POST',
                path: genesysPaths.communicationWrapup(conversationId, participantId, communicationId),
                body: wrapupBody(wrapup),
                idempotent: false,
            })
        },

        listQueues() {
            return run((api) => fetchAllPages(api, logger, genesysPaths.queues(), deps.maxPages || MAX_PAGES))
        },

        listQueueWrapupCodes(queueId) {
            const invalid = requireIds({ queueId })
            if (invalid) return err(invalid)
            return run((api) =>
                fetchAllPages(api, logger, genesysPaths.queueWrapupCodes(queueId), deps.maxPages || MAX_PAGES)
            )
        },

        listParticipantWrapupCodes(conversationId, participantId) {
            const invalid = requireIds({ conversationId, participantId })
            if (invalid) return err(invalid)
            return run((api) => {
                const response = api.call({
                    method: 'GET',
                    path: genesysPaths.participantWrapupCodes(conversationId, participantId),
                    idempotent: true,
                })
                if (!response.ok) return response
                const parsed = parseJson(response.value.body)
                const codes = parsed.ok ? toIdNameList(parsed.value) : undefined
                if (codes === undefined) return err(invalidResponse(response.value, 'not a list of wrap-up codes'))
                return ok(codes)
            })
        },

        findEmailConversationByAttribute(name, value, sinceIso) {
            const invalid = requireIds({ name, value, sinceIso })
            if (invalid) return err(invalid)
            const sinceMs = Date.parse(sinceIso)
            if (isNaN(sinceMs)) return err(badInput('sinceIso is not an ISO-8601 date-time'))
            // Nothing can have been created after now (plus the slack): an empty interval, no call.
            if (sinceMs >= deps.clock.nowMs() + INTERVAL_SLACK_MS) return ok(null)
            return run((api) => {
                const budget = api.startBudget()
                // A query, not a change: repeating it after a timeout is harmless (idempotent).
                const response = api.call(
                    {
                        method: 'POST',
                        path: genesysPaths.conversationDetailsQuery(),
                        body: attributeQuery(name, value, sinceIso, deps.clock.nowMs()),
                        idempotent: true,
                    },
                    budget
                )
                if (!response.ok) return response
                const parsed = parseJson(response.value.body)
                const ids = parsed.ok ? candidateIds(parsed.value) : undefined
                if (ids === undefined) return err(invalidResponse(response.value, 'not a conversation query response'))
                // The answer carries no attributes: only a read of the conversation confirms a candidate.
                for (const id of ids) {
                    const read = api.call(
                        { method: 'GET', path: genesysPaths.emailConversation(id), idempotent: true },
                        budget
                    )
                    if (!read.ok && read.error.kind === 'not_found') continue
                    if (!read.ok) return read
                    const body = parseJson(read.value.body)
                    const conversation = body.ok ? toEmailConversation(body.value) : undefined
                    if (conversation === undefined) return err(invalidResponse(read.value, 'not an email conversation'))
                    const carries = conversation.participants.some((p) => p.attributes && p.attributes[name] === value)
                    if (carries) return ok(id)
                }
                return ok(null)
            })
        },

        getUser(userId) {
            const invalid = requireIds({ userId })
            if (invalid) return err(invalid)
            return run((api) => {
                const response = api.call({ method: 'GET', path: genesysPaths.user(userId), idempotent: true })
                if (!response.ok) return response
                const parsed = parseJson(response.value.body)
                const user = parsed.ok ? toGenesysUser(parsed.value) : undefined
                if (user === undefined) return err(invalidResponse(response.value, 'not a user'))
                return ok(user)
            })
        },
    }
}

/** Missing ids would build a different URL (`/participants//replace/queue`): refuse before sending. */
function requireIds(values: Record<string, string | undefined>): GenesysError | undefined {
    const missing = Object.keys(values).filter((name) => {
        const value = values[name]
        return typeof value !== 'string' || value.trim() === ''
    })
    return missing.length === 0 ? undefined : badInput(`Missing ${missing.join(', ')}`)
}

function wrapupBody(wrapup: WrapupInput): { code: string; notes?: string } {
    return wrapup.notes === undefined ? { code: wrapup.code } : { code: wrapup.code, notes: wrapup.notes }
}

function omitUndefined(fields: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(fields)) if (fields[key] !== undefined) out[key] = fields[key]
    return out
}

function redactingLogger(inner: Logger, redactor: Redactor): Logger {
    return {
        info: (message) => inner.info(redactor.redact(message)),
        warn: (message) => inner.warn(redactor.redact(message)),
        error: (message) => inner.error(redactor.redact(message)),
    }
}
