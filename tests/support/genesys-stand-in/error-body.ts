import { randomUUID } from 'node:crypto'
import type { Reply } from './http-kit'

/**
 * Genesys ErrorBody {message, code, status, contextId, details, errors} (DOMAIN.md section 3).
 * Codes used here: `not.found`, `bad.request`, `too.many.requests` [verified names];
 * `bad.credentials` for an invalid or expired bearer token and `internal.server.error` /
 * `service.unavailable` for 5xx [inferred from Genesys responses, not from a spec].
 */
export function errorReply(status: number, code: string, message: string, headers?: Record<string, string>): Reply {
    return {
        status,
        headers,
        body: { message, code, status, contextId: randomUUID(), details: [], errors: [] },
    }
}

export function notFound(what: string): Reply {
    return errorReply(404, 'not.found', `The requested ${what} was not found.`)
}

export function badRequest(message: string, code = 'bad.request'): Reply {
    return errorReply(400, code, message)
}

export function unauthorized(): Reply {
    return errorReply(401, 'bad.credentials', 'Invalid login credentials.')
}

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
    429: 'too.many.requests',
    500: 'internal.server.error',
    502: 'bad.gateway',
    503: 'service.unavailable',
    504: 'gateway.timeout',
}

export function statusReply(status: number, retryAfterSeconds?: number): Reply {
    const headers = retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(retryAfterSeconds) }
    const code = CODE_BY_STATUS[status] ?? 'error'
    return errorReply(status, code, `Stand-in fault: HTTP ${status}.`, headers)
}
