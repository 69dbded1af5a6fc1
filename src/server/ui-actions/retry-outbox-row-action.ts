import { gs, type GlideRecord } from '@servicenow/glide'
import { retryDeadRow } from '../../app/outbox'
import { platformDeps } from '../composition-root'

/** UI action "Retry" on a dead x_gcer_outbox row (app admins): another full round of attempts. */
export function retryOutboxRowAction(current: GlideRecord): void {
    const result = retryDeadRow(platformDeps('background'), current.getUniqueValue())
    if (result.ok) gs.addInfoMessage(result.message)
    else gs.addErrorMessage(result.message)
}
