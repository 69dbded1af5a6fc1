import type { ActionResult } from '../../app/action-result'
import type { RoutingService } from '../../app/routing-service'
import type { Logger } from '../../genesys/genesys-ports'
import { findCustomerContact } from './customer-lookup'
import { copyReplyAttachments } from './follow-up-attachments'
import { readInboundEmail, type EmailWrapperLike } from './inbound-email'

/** The sysevent of an inbound email action: its `instance` is the received sys_email. */
export interface EmailEventLike {
    getValue(field: string): string | null
    setValue(field: string, value: string): void
}

/**
 * The email is the app's now: no later inbound action may also make it a case or an incident (ServiceNow docs,
 * "Specifying the inbound email processing order": `event.state = "stop_processing"`). Only when it was taken:
 * an email the app refused falls through to the other inbound actions, so it is never lost.
 */
function keepFromOtherActions(event: EmailEventLike, result: ActionResult): void {
    if (result.ok) event.setValue('state', 'stop_processing')
}

function emailSysIdOf(event: EmailEventLike | null | undefined): string {
    const id = event ? event.getValue('instance') : null
    return id && /^[0-9a-f]{32}$/.test(id) ? id : ''
}

/** One log line per email: the interaction number and outcome, never the address, subject or body. */
function report(logger: Logger, what: string, emailSysId: string, result: ActionResult): void {
    if (result.ok) {
        const { interaction, outcome } = result.value
        logger.info(`${what}: email ${emailSysId} -> ${interaction.number} (${interaction.status}, ${outcome})`)
    } else logger.warn(`${what}: email ${emailSysId} not routed: ${result.error.code}`)
}

/**
 * A new customer email: find the contact, open a queued interaction and route it to Genesys. The service's
 * interaction repository is the inbound action's (it inserts `current`); the email engine links the email.
 */
export function takeNewEmail(service: RoutingService, logger: Logger, email: EmailWrapperLike, event: EmailEventLike) {
    const read = readInboundEmail(email)
    const customer = findCustomerContact(read.fromUserSysId, read.fromAddress)
    const emailSysId = emailSysIdOf(event)
    const result = service.emailReceived({
        subject: read.subject,
        fromAddress: read.fromAddress,
        fromName: read.fromName,
        toAddress: read.toAddress,
        contact: customer ? customer.contact : null,
        account: customer ? customer.account : null,
    })
    report(logger, 'new email', emailSysId, result)
    keepFromOtherActions(event, result)
    return result
}

/**
 * A reply the platform matched to `interactionSysId` (watermark, number in the subject, In-Reply-To):
 * the reply rules apply to it; a reply to a closed one opens a new, linked interaction.
 */
export function takeReply(
    service: RoutingService,
    logger: Logger,
    interactionSysId: string,
    email: EmailWrapperLike,
    event: EmailEventLike
) {
    const read = readInboundEmail(email)
    const emailSysId = emailSysIdOf(event)
    const result = service.customerReply({
        interactionSysId,
        // Unique per reply even when the event carries no sys_email id (keeps outbox keys distinct).
        emailSysId: emailSysId || `${interactionSysId.slice(0, 16)}${String(Date.now()).slice(-16)}`,
        subject: read.subject,
        fromAddress: read.fromAddress,
        fromName: read.fromName,
        toAddress: read.toAddress,
    })
    report(logger, 'customer reply', emailSysId, result)
    keepFromOtherActions(event, result)
    if (result.ok && result.value.interaction.sysId !== interactionSysId)
        copyReplyAttachments(emailSysId, result.value.interaction.sysId)
    return result
}
