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
    /**
     * Set when a request that is not safe to repeat (create, transfer, POST wrap-up) failed without a clear answer:
     * it timed out, the connection failed (possibly after the request was sent), or a gateway answered 502/504.
     * Genesys may have carried it out, so nothing may send it again automatically. Never set for 429/503 (Genesys
     * did not process the request) nor for idempotent requests (repeating them is harmless).
     */
    readonly maybeProcessed?: true
    /**
     * Set when the API request was never sent because no access token could be had (the token request failed,
     * or a 401's refresh did): Genesys did nothing with it, whatever the token endpoint answered.
     */
    readonly notSent?: true
    /**
     * Set on a refusal (4xx) to a request sent again after an attempt that got no clear answer: the first attempt
     * may have done the work, and the refusal may only say so (a participant already disconnected).
     */
    readonly afterUnclearAttempt?: true
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
