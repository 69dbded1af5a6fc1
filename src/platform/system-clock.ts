import { GlideDateTime } from '@servicenow/glide'
import type { Clock } from '../app/ports'
import type { Sleeper } from '../genesys/genesys-ports'

/** The instance clock, in epoch milliseconds. */
export const systemClock: Clock = {
    nowMs: () => new GlideDateTime().getNumericValue(),
}

/** Never block a transaction longer than this in one wait, whatever the caller asks. */
const MAX_SLEEP_MS = 5000

/**
 * Scoped apps have no gs.sleep, so the wait polls the clock. Only the Genesys retry loop sleeps, for at
 * most its policy's budget (seconds), and only after a 429/503 or a failed exchange.
 */
export const systemSleeper: Sleeper = {
    sleep(ms) {
        const until = systemClock.nowMs() + Math.min(Math.max(ms, 0), MAX_SLEEP_MS)
        while (systemClock.nowMs() < until) {
            // busy wait: the only way to pause in a scoped script
        }
    },
}
