import { reconcile } from '../app/reconcile'
import { readReconcileLimits } from '../platform/settings/reconcile-limits'
import { systemLogger } from '../platform/system-logger'
import { platformDeps } from './composition-root'

/** Scheduled every minute: reads the conversations not confirmed lately and applies what Genesys says. */
export function runReconcileJob(): void {
    const r = reconcile(platformDeps('background'), readReconcileLimits())
    if (r.examined > 0)
        systemLogger.info(
            `reconcile: ${r.examined} read, ${r.corrected} corrected, ${r.confirmed} confirmed, ${r.failed} failed` +
                (r.retryAfterSeconds !== null
                    ? ` (stopped: Genesys is busy or unreachable; next try in ${r.retryAfterSeconds} s at the earliest)`
                    : '')
        )
}
