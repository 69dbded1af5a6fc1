import type { Conversation, Participant } from './stand-in-state'

/**
 * GET /api/v2/conversations/emails/{cid} body: an `EmailConversation` whose participants are
 * `EmailMediaParticipant`s (official SDK models, index.d.ts): `user` / `queue` as entity refs, times
 * as ISO-8601, `parkTime` / `resumeTime` while parked. The flat `userId` / `queueId` of earlier
 * stand-in versions are gone: the model has no such fields.
 */
export function emailConversationView(conversation: Conversation): Record<string, unknown> {
    return {
        id: conversation.id,
        participants: conversation.participants.map((p) => {
            const view = participantView(p, conversation.provider)
            // CreateEmailRequest.attributes go on the customer participant (DOMAIN.md section 4, verified
            // against the API definition).
            const attributes = conversation.attributes
            return p.purpose === 'customer' && Object.keys(attributes).length > 0 ? { ...view, attributes } : view
        }),
        selfUri: `/api/v2/conversations/emails/${conversation.id}`,
    }
}

function participantView(p: Participant, provider: string): Record<string, unknown> {
    const optional: Record<string, unknown> = {
        address: p.address,
        connectedTime: p.connectedTime,
        endTime: p.endTime,
        disconnectType: p.disconnectType,
        user: p.userId === undefined ? undefined : { id: p.userId },
        queue: p.queueId === undefined ? undefined : { id: p.queueId },
        wrapup: p.wrapup,
        parkTime: p.parkTime,
        resumeTime: p.resumeTime,
    }
    return {
        id: p.id,
        purpose: p.purpose,
        state: p.state,
        direction: 'inbound',
        startTime: p.startTime,
        provider,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    }
}
