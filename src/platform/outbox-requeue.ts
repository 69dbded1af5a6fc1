import { gs, type GlideRecord } from '@servicenow/glide'
import { toGlideDateTime } from './glide/date-time'
import { valueOf } from './glide/record-values'
import { systemClock } from './system-clock'

/**
 * An admin gives a dead Genesys update another full round of attempts (after fixing the credential,
 * a wrap-up code, ...). The last error stays visible until the next attempt replaces it. Only dead
 * rows: a pending row is already being retried, and a done row must never be sent twice.
 */
export function requeueDeadOutboxRow(row: GlideRecord): void {
    if (valueOf(row, 'state') !== 'dead') {
        gs.addErrorMessage('Only a dead Genesys update can be retried; this one is not dead.')
        return
    }
    row.setValue('state', 'pending')
    row.setValue('attempts', 0)
    row.setValue('next_attempt_at', toGlideDateTime(systemClock.nowMs()))
    row.update()
    gs.addInfoMessage('Queued again: the outbox job sends it within a minute.')
}
