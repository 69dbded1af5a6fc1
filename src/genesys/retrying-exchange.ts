import { err, ok, type Result } from '../domain/result'
import { errorFromFailure, errorFromResponse, correlationIdOf, retryAfterMsOf, withOptional } from './error-mapping'
import type { GenesysError } from './genesys-error'
import type { Clock, Logger, Sleeper } from './genesys-ports'
import type { HttpRequest, HttpResponse, HttpTransport, TransportOutcome } from './http-transport'
import { decideRetry, isTransientStatus, type RetryPolicy } from './retry-policy'

export interface ExchangeDeps {
    readonly transport: HttpTransport
    readonly policy: RetryPolicy
    readonly clock: Clock
    readonly sleeper: Sleeper
    /** Already redacting. */
    readonly logger: Logger
}

/** Shared by every request of one client call (token + API), so the wait budget is per call. */
export interface CallBudget {
    /** When the call started (clock ms): the policy's maxCallMs counts from here. */
    readonly startedAtMs: number
    waitedMs: number
    /** Set once an attempt got no clear answer (no response, or 502/504) and the request was sent again. */
    repeatedAfterUnclear?: boolean
}

/**
 * Sends one request, repeating it per the retry policy. Returns the final response (whatever its
 * status, unless it is a retryable one we gave up on) or the error to hand back to the caller.
 * `logPath` is the path without host or query: enough to trace, nothing personal.
 */
export function exchangeWithRetry(
    deps: ExchangeDeps,
    request: HttpRequest,
    options: { readonly idempotent: boolean; readonly logPath: string; readonly budget: CallBudget }
): Result<HttpResponse, GenesysError> {
    const { policy, logger } = deps
    for (let attempt = 1; ; attempt++) {
        const outcome = safeSend(deps.transport, request)
        const where = `genesys ${request.method} ${options.logPath} attempt ${attempt}/${policy.maxAttempts}`
        let failure: GenesysError
        let status: number
        let retryAfterMs: number | undefined
        if (outcome.ok) {
            const response = outcome.response
            const correlation = correlationIdOf(response)
            const line = `${where} -> ${response.status}${correlation ? ` correlation ${correlation}` : ''}`
            status = response.status
            if (!isTransientStatus(policy, status)) {
                if (status >= 200 && status < 300) logger.info(line)
                else logger.warn(line)
                return ok(response)
            }
            retryAfterMs = retryAfterMsOf(response, deps.clock.nowMs())
            failure = errorFromResponse(response, deps.clock.nowMs())
            logger.warn(line)
        } else {
            status = 0
            failure = errorFromFailure(outcome.failure)
            logger.warn(`${where} -> ${outcome.failure.kind}`)
        }
        const decision = decideRetry(
            policy,
            { status, retryAfterMs, idempotent: options.idempotent },
            attempt,
            options.budget.waitedMs,
            deps.clock.nowMs() - options.budget.startedAtMs
        )
        if (!decision.retry) {
            logger.error(`${where} gave up (${decision.reason}): ${failure.kind}`)
            const final = status === 0 ? failure : deferrable(failure, retryAfterMs, policy)
            return err(ambiguous(policy, status, options.idempotent) ? { ...final, maybeProcessed: true } : final)
        }
        if (status === 0 || policy.idempotentOnlyStatuses.indexOf(status) >= 0)
            options.budget.repeatedAfterUnclear = true
        deps.sleeper.sleep(decision.waitMs)
        options.budget.waitedMs += decision.waitMs
    }
}

/**
 * A request that is not safe to repeat, and whose failure does not prove Genesys left it alone: no answer at all
 * (timeout, or a network failure that may have come after the request was sent; the transport cannot tell) or a
 * gateway status (502/504) that can hide a processed request. 429 and 503 mean Genesys did not process it.
 */
function ambiguous(policy: RetryPolicy, status: number, idempotent: boolean): boolean {
    return !idempotent && (status === 0 || policy.idempotentOnlyStatuses.indexOf(status) >= 0)
}

/** A retryable status always tells the caller when to come back, so it can schedule the outbox. */
function deferrable(error: GenesysError, retryAfterMs: number | undefined, policy: RetryPolicy): GenesysError {
    const waitMs = retryAfterMs !== undefined ? retryAfterMs : policy.defaultRetryAfterMs
    return withOptional({ ...error, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) })
}

/** A transport adapter that throws is a bug, but the caller still gets data, not an exception. */
function safeSend(transport: HttpTransport, request: HttpRequest): TransportOutcome {
    try {
        return transport.send(request)
    } catch (e) {
        const message =
            e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e)
        return { ok: false, failure: { kind: 'network', message } }
    }
}
