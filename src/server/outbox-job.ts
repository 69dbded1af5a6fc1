import { createOutboxProcessor } from '../app/outbox-processor'
import { OUTBOX_BUDGET, processWithinBudget } from '../platform/outbox-budget'
import { createPlatformRoutingDeps } from '../platform/platform-routing-deps'
import { systemClock } from '../platform/system-clock'
import { systemLogger } from '../platform/system-logger'

/** Scheduled every minute: sends the due Genesys updates once each, within a time budget, and logs the tally. */
export function runOutboxJob(): void {
    const processor = createOutboxProcessor(createPlatformRoutingDeps('background'))
    const r = processWithinBudget(processor, systemClock, OUTBOX_BUDGET)
    if (r.examined > 0 || r.configProblem)
        systemLogger.info(
            `outbox: ${r.examined} due, ${r.delivered} delivered, ${r.retried} retried, ${r.dead} dead` +
                (r.configProblem ? ` (defaults used: ${r.configProblem})` : '')
        )
}
