import type { Conversation, Participant } from './stand-in-state'

/**
 * GET /api/v2/conversations/emails/{cid} body. EmailMediaParticipant in the official SDK model
 * carries `user` / `queue` as entity refs; DOMAIN.md lists `userId` / `queueId`. The stand-in
 * sends both so either reading works — a client relying on one of them is not hidden from view
 * in the recorded body.
 */
export function emailConversationView(conversation: Conversation): Record<string, unknown> {
    return {
        id: conversation.id,
        participants: conversation.participants.map(participantView),
        selfUri: `/api/v2/conversations/emails/${conversation.id}`,
    }
}

function participantView(p: Participant): Record<string, unknown> {
    return {
        id: p.id,
        purpose: p.purpose,
        state: p.state,
        ...(p.address === undefined ? {} : { address: p.address }),
        ...(p.userId === undefined ? {} : { userId: p.userId, user: { id: p.userId } }),
        ...(p.queueId === undefined ? {} : { queueId: p.queueId, queue: { id: p.queueId } }),
        ...(p.wrapup === undefined ? {} : { wrapup: p.wrapup }),
    }
}
