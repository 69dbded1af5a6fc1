import { describeMappingErrors, parseQueueMappings } from '../domain/queue-mappings'
import { emailInteractionCoexistence as coexistence } from '../platform/email/email-interaction-coexistence'
import {
    acceptsNewEmail as mailboxAccepts,
    acceptsReply as replyAccepted,
    type RecipientsLike,
} from '../platform/email/new-email-filter'
import { systemProperties } from '../platform/settings/property-source'
import { offlineSetupCheck as offlineCheck, setupCheck as fullCheck } from './setup-check'

/**
 * The public server API of the app: script include x_gcer.GenesysEmailRouting, a thin bridge
 * (fluent/script-includes/) that delegates here, for admins' scripts, flows, other scopes and the
 * inbound email actions' conditions.
 */

/** Checks a queue-mapping JSON value before an admin saves it. */
export function validateQueueMappings(json: string) {
    const result = parseQueueMappings(json)
    return result.ok
        ? { valid: true, queues: result.value.length, errors: [], message: '' }
        : { valid: false, queues: 0, errors: result.error, message: describeMappingErrors(result.error) }
}

/** Condition of the new-email inbound action: a person's mail sent to x_gcer.email.inbound_addresses. */
export function acceptsNewEmail(email: RecipientsLike | null | undefined): boolean {
    return mailboxAccepts(email || {}, systemProperties)
}

/** Condition of the reply inbound action: not an auto-reply. */
export function acceptsReply(email: RecipientsLike | null | undefined): boolean {
    return replyAccepted(email || {})
}

/**
 * Setup check: is Email Interaction for CSM (sn_eaai_csm) active, and which of its email flows would handle
 * inbound email before this app? `{ active, flows: [{ name, active }], conflict, advice }`.
 */
export function emailInteractionCoexistence() {
    return coexistence()
}

/**
 * The admin's setup check (x_gcer.admin): `{ ran, lines: [{ id, label, verdict, detail }], text }`, text being
 * the lines as a monospace table. Calls Genesys (token, permission probes, queues, wrap-up codes, agents).
 */
export function setupCheck() {
    return fullCheck()
}

/** The setup check's lines that need no Genesys (configuration, mailboxes, flows, integration user, endpoint). */
export function offlineSetupCheck() {
    return offlineCheck()
}
