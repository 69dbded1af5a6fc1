import { err, ok, type Result } from '../domain/result'
import { errorFromResponse } from './error-mapping'
import type { GenesysHosts } from './genesys-environments'
import type { GenesysError } from './genesys-error'
import type { HttpMethod, HttpResponse } from './http-transport'
import { exchangeWithRetry, type CallBudget, type ExchangeDeps } from './retrying-exchange'
import type { TokenManager } from './token-manager'
import { buildQueryString } from './url-encoding'

export interface ApiCall {
    readonly method: HttpMethod
    /** Encoded path from genesysPaths, no query. */
    readonly path: string
    readonly query?: Readonly<Record<string, string | number | undefined>>
    /** Serialised as JSON when present. */
    readonly body?: unknown
    /** Safe to repeat after a timeout: the request sets a state rather than adding something. */
    readonly idempotent: boolean
}

export interface ApiCaller {
    /** A 2xx response, or the error. A 401 refreshes the token once and repeats the request once. */
    call(call: ApiCall, budget?: CallBudget): Result<HttpResponse, GenesysError>
    /** A fresh budget starting now, for several requests that make up one call (a paged listing). */
    startBudget(): CallBudget
}

/** A token failure: the request was not sent (after a 401 the request was refused, which is no different). */
function notSent(error: GenesysError): GenesysError {
    return { ...error, notSent: true }
}

export function createApiCaller(deps: ExchangeDeps & { hosts: GenesysHosts; tokens: TokenManager }): ApiCaller {
    const startBudget = (): CallBudget => ({ startedAtMs: deps.clock.nowMs(), waitedMs: 0 })
    return {
        startBudget,
        call(call, budget = startBudget()) {
            const first = deps.tokens.current(budget)
            if (!first.ok) return err(notSent(first.error))
            // Only this request's own repeats count, not the token request's (they share the call's budget).
            budget.repeatedAfterUnclear = false
            let token = first.value
            for (let refreshed = false; ; refreshed = true) {
                const headers: Record<string, string> = {
                    Authorization: `Bearer ${token}`,
                    Accept: 'application/json',
                }
                if (call.body !== undefined) headers['Content-Type'] = 'application/json'
                const exchanged = exchangeWithRetry(
                    deps,
                    {
                        method: call.method,
                        url: `${deps.hosts.apiBaseUrl}${call.path}${buildQueryString(call.query || {})}`,
                        headers,
                        body: call.body === undefined ? undefined : JSON.stringify(call.body),
                        timeoutMs: deps.policy.requestTimeoutMs,
                    },
                    { idempotent: call.idempotent, logPath: call.path, budget }
                )
                if (!exchanged.ok) return exchanged
                const response = exchanged.value
                if (response.status === 401 && !refreshed) {
                    // Revoked or expired early: one new token, one more try. A second 401 is final.
                    const next = deps.tokens.replace(token, budget)
                    if (!next.ok) return err(notSent(next.error))
                    token = next.value
                    continue
                }
                if (response.status >= 200 && response.status < 300) return ok(response)
                const error = errorFromResponse(response, deps.clock.nowMs())
                return err(budget.repeatedAfterUnclear ? { ...error, afterUnclearAttempt: true } : error)
            }
        },
    }
}
