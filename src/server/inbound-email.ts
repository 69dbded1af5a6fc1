import type { GlideRecord } from '@servicenow/glide'
import type { RoutingDeps } from '../app/routing-deps'
import { createRoutingService } from '../app/routing-service'
import { takeNewEmail, takeReply, type EmailEventLike } from '../platform/email/email-intake'
import { createInboundInteractionRepository } from '../platform/email/inbound-interaction-repository'
import type { EmailWrapperLike } from '../platform/email/inbound-email'
import { systemClock } from '../platform/system-clock'
import { systemLogger } from '../platform/system-logger'
import { platformDeps } from './composition-root'

/**
 * Inbound email action scripts. The SDK wraps a module function with the documented variables
 * (docs/guides/inbound-email-action-guide.md, "Script Context"): `current` the interaction the action
 * creates (new) or the one the reply matched, `event` the sysevent (instance = the sys_email), `email` the
 * EmailWrapper, `logger` the ScopedEmailLogger, `classifier` (may be absent). The app logs through
 * gs (systemLogger) and does not classify, so `logger` and `classifier` are taken but unused.
 */

/** The routing deps with the action's `current` as the interaction the use case creates or updates. */
function inboundDeps(current: GlideRecord): RoutingDeps {
    const deps = platformDeps('interactive')
    const now = () => systemClock.nowMs()
    return { ...deps, interactions: createInboundInteractionRepository(current, deps.interactions, now) }
}

/**
 * Type new: a customer email that matched no record. The use case creates the interaction through the
 * repository, which fills and inserts `current`; the email engine links the email and its attachments.
 */
export function newCustomerEmail(
    current: unknown,
    event: unknown,
    email: unknown,
    _logger?: unknown,
    _classifier?: unknown
): void {
    const service = createRoutingService(inboundDeps(current as GlideRecord))
    takeNewEmail(service, systemLogger, email as EmailWrapperLike, event as EmailEventLike)
}

/** Type reply, table interaction: a reply the platform matched to `current`, which is updated in place. */
export function customerReplyEmail(
    current: unknown,
    event: unknown,
    email: unknown,
    _logger?: unknown,
    _classifier?: unknown
): void {
    const record = current as GlideRecord
    const service = createRoutingService(inboundDeps(record))
    takeReply(service, systemLogger, record.getUniqueValue(), email as EmailWrapperLike, event as EmailEventLike)
}
