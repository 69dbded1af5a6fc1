import { encodePathSegment as seg } from './url-encoding'

/**
 * Every Platform API path the client calls, one builder each, ids encoded. The transfer paths are
 * the typed `/replace/queue` and `/replace/agent`: the generic participant replace is deprecated.
 */
export const genesysPaths = {
    emailConversations: (): string => '/api/v2/conversations/emails',
    emailConversation: (conversationId: string): string => `/api/v2/conversations/emails/${seg(conversationId)}`,
    inboundMessages: (conversationId: string): string =>
        `/api/v2/conversations/emails/${seg(conversationId)}/inboundmessages`,
    replaceWithQueue: (conversationId: string, participantId: string): string =>
        `/api/v2/conversations/${seg(conversationId)}/participants/${seg(participantId)}/replace/queue`,
    replaceWithAgent: (conversationId: string, participantId: string): string =>
        `/api/v2/conversations/${seg(conversationId)}/participants/${seg(participantId)}/replace/agent`,
    parkingState: (conversationId: string, participantId: string): string =>
        `/api/v2/conversations/emails/${seg(conversationId)}/participants/${seg(participantId)}/parkingstate`,
    emailParticipant: (conversationId: string, participantId: string): string =>
        `/api/v2/conversations/emails/${seg(conversationId)}/participants/${seg(participantId)}`,
    communicationWrapup: (conversationId: string, participantId: string, communicationId: string): string =>
        `/api/v2/conversations/emails/${seg(conversationId)}/participants/${seg(participantId)}/communications/${seg(
            communicationId
        )}/wrapup`,
    queues: (): string => '/api/v2/routing/queues',
    queueWrapupCodes: (queueId: string): string => `/api/v2/routing/queues/${seg(queueId)}/wrapupcodes`,
    participantWrapupCodes: (conversationId: string, participantId: string): string =>
        `/api/v2/conversations/emails/${seg(conversationId)}/participants/${seg(participantId)}/wrapupcodes`,
    conversationDetailsQuery: (): string => '/api/v2/analytics/conversations/details/query',
    user: (userId: string): string => `/api/v2/users/${seg(userId)}`,
}
