/**
 * How hard one Genesys call tries before giving up, as data so presets can be compared and tested.
 * Worst-case blocking time of one call = maxAttempts x requestTimeoutMs + maxTotalWaitMs
 * (plus the same again for a token request, which shares the wait budget).
 */
export interface RetryPolicy {
    readonly name: string
    /** Attempts per request, the first included. */
    readonly maxAttempts: number
    /** Total time the call may spend sleeping between attempts. */
    readonly maxTotalWaitMs: number
    /** Wait when a retryable status carries no Retry-After (the official SDKs use 3 s). */
    readonly defaultRetryAfterMs: number
    /** Wait before repeating an idempotent request whose exchange timed out or failed. */
    readonly transportRetryWaitMs: number
    /** Per-attempt HTTP timeout handed to the transport. */
    readonly requestTimeoutMs: number
    /** Statuses retried for every call: 429 and 503 mean Genesys did not process the request. */
    readonly retryableStatuses: readonly number[]
    /**
     * Gateway statuses retried only for idempotent calls. The official SDKs retry 502/504 for POSTs
     * too, but a gateway timeout can hide a processed request: repeating a create or a transfer
     * could route the email twice. Those go back to the caller instead, flagged `maybeProcessed`, and nothing
     * (not the outbox either) sends them again automatically.
     */
    readonly idempotentOnlyStatuses: readonly number[]
    /**
     * Timeouts and network failures are retried only for idempotent calls: a POST may have reached
     * Genesys, and repeating it could create a second conversation or a second transfer (flagged `maybeProcessed`).
     */
    readonly retryTransportFailures: 'idempotent_only' | 'never'
    /**
     * Wall-clock limit of one call, token request and slow answers included: a retry is only started
     * when its wait plus a whole attempt still fits, so an agent never waits much past this.
     */
    readonly maxCallMs: number
}

/** An agent is waiting on the other side: fail fast, let the outbox finish the job. */
export const INTERACTIVE_RETRY_POLICY: RetryPolicy = {
    name: 'interactive',
    maxAttempts: 3,
    maxTotalWaitMs: 4000,
    defaultRetryAfterMs: 3000,
    transportRetryWaitMs: 500,
    requestTimeoutMs: 5000,
    retryableStatuses: [429, 503],
    idempotentOnlyStatuses: [502, 504],
    retryTransportFailures: 'idempotent_only',
    maxCallMs: 12000,
}

/**
 * The outbox job: the outbox itself is the retry loop. One attempt per row per run, no sleeping (a
 * scheduled script can only busy-wait, which would hold a worker thread); a transient failure comes
 * back with retryAfterSeconds and the row is rescheduled with backoff that honours it.
 */
export const BACKGROUND_RETRY_POLICY: RetryPolicy = {
    name: 'background',
    maxAttempts: 1,
    maxTotalWaitMs: 0,
    defaultRetryAfterMs: 3000,
    transportRetryWaitMs: 0,
    requestTimeoutMs: 15000,
    retryableStatuses: [429, 503],
    idempotentOnlyStatuses: [502, 504],
    retryTransportFailures: 'idempotent_only',
    maxCallMs: 15000,
}

/** A status that may clear by itself: the retry decision (and the outbox) take it from here. */
export function isTransientStatus(policy: RetryPolicy, status: number): boolean {
    return policy.retryableStatuses.indexOf(status) >= 0 || policy.idempotentOnlyStatuses.indexOf(status) >= 0
}

export type RetryDecision =
    | { readonly retry: true; readonly waitMs: number }
    | { readonly retry: false; readonly reason: 'not_retryable' | 'attempts_exhausted' | 'budget_exceeded' }

export interface AttemptFailure {
    /** HTTP status, or 0 when the exchange itself failed. */
    readonly status: number
    /** Retry-After in ms when the response carried one. */
    readonly retryAfterMs?: number
    readonly idempotent: boolean
}

/** Pure decision: given what just failed, wait how long and try again, or stop and why. */
export function decideRetry(
    policy: RetryPolicy,
    failure: AttemptFailure,
    attempt: number,
    waitedMs: number,
    /** Time the call has taken so far (attempts, waits, token request). */
    elapsedMs = 0
): RetryDecision {
    let waitMs: number
    if (failure.status === 0) {
        if (policy.retryTransportFailures === 'never' || !failure.idempotent) {
            return { retry: false, reason: 'not_retryable' }
        }
        waitMs = policy.transportRetryWaitMs
    } else {
        const retryable =
            policy.retryableStatuses.indexOf(failure.status) >= 0 ||
            (failure.idempotent && policy.idempotentOnlyStatuses.indexOf(failure.status) >= 0)
        if (!retryable) return { retry: false, reason: 'not_retryable' }
        waitMs = failure.retryAfterMs !== undefined ? failure.retryAfterMs : policy.defaultRetryAfterMs
    }
    if (attempt >= policy.maxAttempts) return { retry: false, reason: 'attempts_exhausted' }
    // Never sleep past the budget: if Genesys asks for longer, hand the wait to the caller instead.
    if (waitedMs + waitMs > policy.maxTotalWaitMs) return { retry: false, reason: 'budget_exceeded' }
    if (elapsedMs + waitMs + policy.requestTimeoutMs > policy.maxCallMs)
        return { retry: false, reason: 'budget_exceeded' }
    return { retry: true, waitMs }
}
