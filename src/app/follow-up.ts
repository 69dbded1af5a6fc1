import type { InteractionRecord, NewInteraction } from './ports'

/**
 * The draft of a new interaction that follows a closed or abandoned one's conversation (Genesys routes it again):
 * linked to it by `parent_interaction`, same customer, in the queue Genesys routes it through.
 */
export function followUpOf(
    closed: InteractionRecord,
    conversationId: string,
    queueId: string | null,
    subject: string = closed.subject
): NewInteraction {
    return {
        subject,
        contact: closed.contact,
        account: closed.account,
        parent: closed.sysId,
        conversationId,
        queueId: queueId ?? closed.queueId ?? '',
    }
}
