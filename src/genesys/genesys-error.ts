/**
 * A failed Genesys call, as plain data (no Error subclass on the platform). Never carries a
 * token, a client secret or an Authorization header: redaction happens before one is built.
 */
export type GenesysErrorKind =
    | 'configuration'
    | 'auth'
    | 'forbidden'
    | 'not_found'
    | 'conflict'
    | 'bad_request'
    | 'rate_limited'
    | 'server'
    | 'unavailable'
    | 'timeout'
    | 'network'
    | 'invalid_response'

export interface GenesysError {
    readonly kind: GenesysErrorKind
    /** HTTP status, or 0 when no response came back. */
    readonly status: number
    /** Genesys ErrorBody `code` (e.g. `not.found`), when the body had one. */
    readonly code?: string
    readonly message: string
    /** `ININ-Correlation-ID` response header: what Genesys support asks for. */
    readonly correlationId?: string
    /** Seconds Genesys asked us to wait (429/503 `Retry-After`). */
    readonly retryAfterSeconds?: number
}

/** Kinds worth trying again later (from the outbox), as opposed to ones that will fail the same way. */
export function isRetryableLater(error: GenesysError): boolean {
    return (
        error.kind === 'rate_limited' ||
        error.kind === 'server' ||
        error.kind === 'unavailable' ||
        error.kind === 'timeout' ||
        error.kind === 'network' ||
        error.kind === 'auth'
    )
}
