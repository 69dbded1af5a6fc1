import { BACKGROUND_RETRY_POLICY, INTERACTIVE_RETRY_POLICY, type RetryPolicy } from '../../genesys/retry-policy'
import type { GenesysSettings } from './genesys-settings'

/** An agent waits: the admin's attempts, budget and timeout, the rest from the client's preset. */
export function interactivePolicy(settings: GenesysSettings): RetryPolicy {
    return {
        ...INTERACTIVE_RETRY_POLICY,
        maxAttempts: settings.interactiveMaxAttempts,
        maxTotalWaitMs: settings.interactiveBudgetMs,
        requestTimeoutMs: settings.httpTimeoutMs,
        // A longer timeout than the preset's call limit still gets its one whole attempt.
        maxCallMs: Math.max(INTERACTIVE_RETRY_POLICY.maxCallMs, settings.httpTimeoutMs),
    }
}

/** No agent waits on background work, so a slow Genesys gets three times the agent-facing timeout. */
const BACKGROUND_TIMEOUT_FACTOR = 3
const MAX_BACKGROUND_TIMEOUT_MS = 60000

/** The outbox job, the reconciler and the admin Retry: one attempt per call, no sleeping (see BACKGROUND_RETRY_POLICY). */
export function backgroundPolicy(settings: GenesysSettings): RetryPolicy {
    const requestTimeoutMs = Math.min(settings.httpTimeoutMs * BACKGROUND_TIMEOUT_FACTOR, MAX_BACKGROUND_TIMEOUT_MS)
    return { ...BACKGROUND_RETRY_POLICY, requestTimeoutMs, maxCallMs: requestTimeoutMs }
}
