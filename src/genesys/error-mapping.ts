import type { GenesysError, GenesysErrorKind } from './genesys-error'
import type { HttpResponse, TransportFailure } from './http-transport'
import { isRecord, parseJson, stringField } from './json'

/** Genesys messages can quote input back; keep errors short enough for a log row or an outbox field. */
const MAX_MESSAGE_LENGTH = 300

export function kindForStatus(status: number): GenesysErrorKind {
    if (status === 400 || status === 422) return 'bad_request'
    if (status === 401) return 'auth'
    if (status === 403) return 'forbidden'
    if (status === 404) return 'not_found'
    if (status === 409) return 'conflict'
    if (status === 429) return 'rate_limited'
    // The gateway statuses the SDKs retry: the service is (briefly) not there, try again later.
    if (status === 502 || status === 503 || status === 504) return 'unavailable'
    if (status >= 500) return 'server'
    if (status >= 400) return 'bad_request'
    // 1xx/3xx: nothing we asked for; treat as a response we cannot use.
    return 'invalid_response'
}

function header(response: HttpResponse, name: string): string | undefined {
    const value = response.headers[name.toLowerCase()]
    return value === undefined || value === '' ? undefined : value
}

export function correlationIdOf(response: HttpResponse): string | undefined {
    return header(response, 'inin-correlation-id')
}

/** Retry-After in milliseconds: delta-seconds (what Genesys sends) or an HTTP date. */
export function retryAfterMsOf(response: HttpResponse, nowMs: number): number | undefined {
    const raw = header(response, 'retry-after')
    if (raw === undefined) return undefined
    const trimmed = raw.trim()
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(parseFloat(trimmed) * 1000)
    const date = Date.parse(trimmed)
    if (isNaN(date)) return undefined
    return Math.max(0, date - nowMs)
}

/** The error for a non-2xx response: kind from the status, code and message from the ErrorBody. */
export function errorFromResponse(response: HttpResponse, nowMs: number): GenesysError {
    const parsed = parseJson(response.body)
    const body = parsed.ok && isRecord(parsed.value) ? parsed.value : undefined
    // OAuth endpoints answer with {error, error_description}; the Platform API with ErrorBody.
    const code = body ? stringField(body, 'code') || stringField(body, 'error') : undefined
    const bodyMessage = body ? stringField(body, 'message') || stringField(body, 'error_description') : undefined
    const retryAfterMs = retryAfterMsOf(response, nowMs)
    return withOptional({
        kind: kindForStatus(response.status),
        status: response.status,
        message: bodyMessage ? `HTTP ${response.status}: ${bodyMessage}` : `HTTP ${response.status}`,
        code,
        correlationId: correlationIdOf(response),
        retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    })
}

export function errorFromFailure(failure: TransportFailure): GenesysError {
    return {
        kind: failure.kind,
        status: 0,
        message: `${failure.kind === 'timeout' ? 'Timed out' : 'Network failure'}: ${failure.message}`,
    }
}

export function invalidResponse(response: HttpResponse, why: string): GenesysError {
    return withOptional({
        kind: 'invalid_response',
        status: response.status,
        code: 'invalid.response',
        message: `HTTP ${response.status} with an unusable body: ${why}`,
        correlationId: correlationIdOf(response),
    })
}

export function badInput(message: string): GenesysError {
    return { kind: 'bad_request', status: 0, code: 'invalid.input', message }
}

/** Applied after redaction (genesys-client), so a secret can never be cut in two and half of it kept. */
export function truncate(text: string): string {
    return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}...` : text
}

/** Drops undefined fields so errors compare and serialise cleanly. */
export function withOptional(error: {
    kind: GenesysErrorKind
    status: number
    message: string
    code?: string
    correlationId?: string
    retryAfterSeconds?: number
    maybeProcessed?: true
    notSent?: true
    afterUnclearAttempt?: true
}): GenesysError {
    const out: { -readonly [K in keyof GenesysError]: GenesysError[K] } = {
        kind: error.kind,
        status: error.status,
        message: error.message,
    }
    if (error.code !== undefined) out.code = error.code
    if (error.correlationId !== undefined) out.correlationId = error.correlationId
    if (error.retryAfterSeconds !== undefined) out.retryAfterSeconds = error.retryAfterSeconds
    if (error.maybeProcessed) out.maybeProcessed = true
    if (error.notSent) out.notSent = true
    if (error.afterUnclearAttempt) out.afterUnclearAttempt = true
    return out
}
