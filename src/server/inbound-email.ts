import { takeNewEmail, takeReply, type EmailEventLike } from '../platform/email/email-intake'
import type { EmailWrapperLike } from '../platform/email/inbound-email'
import { systemLogger } from '../platform/system-logger'
import { routingService } from './composition-root'

/**
 * Inbound email action scripts get (current, event, email, logger, classifier) untyped: `event` is the
 * sysevent (instance = the sys_email), `email` the EmailWrapper, `current` the interaction record.
 */

/** Type new: a customer email that matched no record. `current` stays unsaved; the app creates the interaction. */
export function newCustomerEmail(_current: unknown, event: unknown, email: unknown): void {
    const service = routingService('interactive')
    takeNewEmail(service, systemLogger, email as EmailWrapperLike, event as EmailEventLike)
}

/** Type reply, table interaction: a reply the platform matched to `current`. */
export function customerReplyEmail(current: unknown, event: unknown, email: unknown): void {
    const service = routingService('interactive')
    const matched = (current as { getUniqueValue(): string }).getUniqueValue()
    takeReply(service, systemLogger, matched, email as EmailWrapperLike, event as EmailEventLike)
}
