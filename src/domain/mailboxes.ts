import { err, ok, type Result } from './result'

/**
 * Which mailboxes feed Genesys routing (property x_gcer.email.inbound_addresses, comma separated).
 * Empty means every new email the instance receives; otherwise only email sent to one of them, so
 * the app never swallows mail meant for other inbound actions (HR, IT, ...).
 */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/

export function parseMailboxes(value: string | null): Result<readonly string[], string> {
    const entries = (value || '')
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e !== '')
    const bad = entries.filter((e) => !ADDRESS.test(e))
    if (bad.length > 0) return err(`must be email addresses separated by commas; not an address: ${bad.join(', ')}`)
    return ok(entries)
}

/** The bare addresses in a recipients header ("Support <support@acme.com>, x@y.z"), lower case. */
export function addressesIn(recipients: string): string[] {
    return recipients
        .split(/[,;]/)
        .map((part) => {
            const angled = /<([^>]*)>/.exec(part)
            return (angled ? angled[1] : part).trim().toLowerCase()
        })
        .filter((a) => a !== '')
}

/** True when no mailbox is configured, or the email was sent to one of them. */
export function isForRouting(recipients: string, mailboxes: readonly string[]): boolean {
    if (mailboxes.length === 0) return true
    return addressesIn(recipients).some((a) => mailboxes.indexOf(a) >= 0)
}
