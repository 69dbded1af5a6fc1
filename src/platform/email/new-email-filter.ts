import { isForRouting } from '../../domain/mailboxes'
import { readInboundMailboxes } from '../settings/inbound-mailboxes'
import type { PropertySource } from '../settings/settings-problem'
import { systemLogger } from '../system-logger'

/** The recipient fields of the inbound EmailWrapper that say where the email was sent. */
export interface RecipientsLike {
    readonly recipients?: string | null
    readonly to?: string | null
    readonly copied?: string | null
}

/**
 * Condition of the new-email inbound action: take this email for Genesys routing? When the mailbox
 * property is malformed (the save guard normally prevents it) every email is taken, as with no
 * property, and a warning says why: dropping customer email silently would be worse.
 */
export function acceptsNewEmail(email: RecipientsLike, source: PropertySource): boolean {
    const mailboxes = readInboundMailboxes(source)
    if (!mailboxes.ok) {
        systemLogger.warn(
            `inbound email: ${mailboxes.error.property} ${mailboxes.error.message}; taking every new email`
        )
        return true
    }
    const recipients = [email.recipients, email.to, email.copied].filter((r) => !!r).join(',')
    return isForRouting(recipients, mailboxes.value)
}
