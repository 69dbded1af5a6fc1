import type { OutboxProcessor, OutboxRunReport } from '../app/outbox-processor'
import type { Clock } from '../app/ports'

export interface OutboxBudget {
    /** Rows per run at most. */
    readonly maxRows: number
    /** Stop taking new rows after this long: one slow Genesys call must not hold the job for minutes. */
    readonly maxMs: number
}

/** Rows per run and time per run: with Genesys down each row can block up to the background policy's budget. */
export const OUTBOX_BUDGET: OutboxBudget = { maxRows: 25, maxMs: 40_000 }

/** Takes due rows one at a time until none is due, the row cap, or the time budget is reached. */
export function processWithinBudget(processor: OutboxProcessor, clock: Clock, budget: OutboxBudget): OutboxRunReport {
    const started = clock.nowMs()
    const total = { examined: 0, delivered: 0, retried: 0, dead: 0 }
    let configProblem: string | null = null
    while (total.examined < budget.maxRows && clock.nowMs() - started < budget.maxMs) {
        const run = processor.processDue(clock.nowMs(), 1)
        configProblem = run.configProblem
        if (run.examined === 0) break
        total.examined += run.examined
        total.delivered += run.delivered
        total.retried += run.retried
        total.dead += run.dead
    }
    return { ...total, configProblem }
}
