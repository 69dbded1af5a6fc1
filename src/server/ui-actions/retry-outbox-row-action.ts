import type { GlideRecord } from '@servicenow/glide'
import { requeueDeadOutboxRow } from '../../platform/outbox-requeue'

/** UI action "Retry" on a dead x_gcer_outbox row (app admins). */
export function retryOutboxRowAction(current: GlideRecord): void {
    requeueDeadOutboxRow(current)
}
