import { gs, GlideRecord } from '@servicenow/glide'
import { findOne, valueOf } from '../glide/record-values'

/**
 * The agent's reply goes out the platform's way: an event on the interaction and the email notification
 * that listens to it (agentReplyNotification in fluent/email.now.ts; DOMAIN.md section 2). The notification
 * engine writes the sent sys_email with the interaction as its instance (so it shows in the interaction's
 * activity stream) and stamps the watermark and Message-ID that make the customer's answer thread back to
 * the interaction (ServiceNow docs "Inbound email actions": watermark, reply prefix + number, In-Reply-To).
 * parm1 is the recipient (the notification has "Event parm 1 contains recipient"), parm2 the message.
 */
const AGENT_REPLY_EVENT = 'x_gcer.agent_reply'

/** sysevent parm2 holds the message; kept within 4000 characters (inferred column size: check on an instance). */
export const MAX_REPLY_LENGTH = 4000

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/

function emailOf(table: string, sysId: string | null): string | null {
    if (!sysId) return null
    const gr = findOne(table, 'sys_id', sysId)
    const address = gr ? valueOf(gr, 'email') : null
    return address && ADDRESS.test(address) ? address : null
}

/** The customer's address from the email that opened the interaction: sys_email.user (the sender). */
function senderOfLatestEmail(interactionSysId: string): string | null {
    const gr = new GlideRecord('sys_email')
    gr.addQuery('instance', interactionSysId)
    gr.addQuery('type', 'received')
    gr.orderByDesc('sys_created_on')
    gr.setLimit(1)
    gr.query()
    const address = gr.next() ? valueOf(gr, 'user') : null
    return address && ADDRESS.test(address.trim()) ? address.trim() : null
}

/** Where the reply goes: the contact's email, else the consumer's, else the sender of the last received email. */
export function customerAddressOf(interaction: GlideRecord): string | null {
    return (
        emailOf('customer_contact', valueOf(interaction, 'contact')) ||
        emailOf('csm_consumer', valueOf(interaction, 'consumer')) ||
        senderOfLatestEmail(interaction.getUniqueValue())
    )
}

/** Queues the reply; nothing on the interaction changes (no write, so no routing field can move). */
export function queueAgentReply(interaction: GlideRecord, to: string, message: string): void {
    gs.eventQueue(AGENT_REPLY_EVENT, interaction, to, message)
}
