/** No retry waits longer than this unless Genesys itself asks for more (Retry-After). */
export const MAX_BACKOFF_SECONDS = 3600

/**
 * Seconds to wait before the next outbox attempt after `failedAttempts` failures (1 = the first):
 * base, 2 x base, 4 x base ... capped, but never sooner than Genesys's Retry-After.
 */
export function retryDelaySeconds(failedAttempts: number, baseSeconds: number, retryAfterSeconds?: number): number {
    const exponent = Math.max(0, failedAttempts - 1)
    const backoff = Math.min(MAX_BACKOFF_SECONDS, Math.max(1, baseSeconds) * Math.pow(2, exponent))
    return Math.max(backoff, retryAfterSeconds ?? 0)
}
