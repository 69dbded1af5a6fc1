import { parseMailboxes } from '../../domain/mailboxes'
import { err, ok, type Result } from '../../domain/result'
import { PROPERTY } from '../property-names'
import { problem, type PropertySource, type SettingsProblem } from './settings-problem'

/** The mailboxes whose new email is routed through Genesys; empty means none (other inbound actions keep it). */
export function readInboundMailboxes(source: PropertySource): Result<readonly string[], SettingsProblem> {
    const parsed = parseMailboxes(source(PROPERTY.inboundMailboxes))
    return parsed.ok ? ok(parsed.value) : err(problem(PROPERTY.inboundMailboxes, 'invalid_email_address', parsed.error))
}
