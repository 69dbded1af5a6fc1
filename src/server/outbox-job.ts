import { runOutbox } from '../app/outbox'
import { systemLogger } from '../platform/system-logger'
import { platformDeps } from './composition-root'

/** Scheduled every minute: sends the due Genesys updates once each (claimed first), within a budget. */
export function runOutboxJob(): void {
    const r = runOutbox(platformDeps('background'))
    if (r.examined > 0 || r.configProblem)
        systemLogger.info(
            `outbox: ${r.examined} due, ${r.delivered} delivered, ${r.retried} retried, ${r.dead} dead` +
                (r.configProblem ? ` (defaults used: ${r.configProblem})` : '')
        )
}
