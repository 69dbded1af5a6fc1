/**
 * Permissions of each Platform API operation, as the public API definition declares them
 * (`x-inin-requires-permissions`), read from the official SDK's generated docs:
 * MyPureCloud/platform-client-sdk-javascript, build/docs/ConversationsApi.md and RoutingApi.md at
 * commit e09e27aa2f5657f4aa76f526bb909e893199d384 (SDK 259.0.0). "Requires ANY permissions" means
 * one of the list is enough; "Requires NO permissions" is an empty list.
 */
export const API_PERMISSIONS: Readonly<Record<string, { readonly any: readonly string[] }>> = {
    'POST /api/v2/conversations/emails': { any: ['conversation:email:create'] },
    'GET /api/v2/conversations/emails/{conversationId}': { any: [] },
    'POST /api/v2/conversations/emails/{conversationId}/inboundmessages': { any: [] },
    'POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue': {
        any: ['conversation:communication:blindTransfer', 'conversation:communication:blindTransferQueue'],
    },
    'POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent': {
        any: ['conversation:communication:blindTransfer', 'conversation:communication:blindTransferAgent'],
    },
    'PATCH /api/v2/conversations/emails/{conversationId}/participants/{participantId}/parkingstate': {
        any: ['conversation:email:park'],
    },
    'PATCH /api/v2/conversations/emails/{conversationId}/participants/{participantId}': {
        any: [
            'conversation:participant:wrapup',
            'conversation:call:record',
            'conversation:communication:disconnect',
            'conversation:email:park',
        ],
    },
    'POST /api/v2/conversations/emails/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup':
        { any: ['conversation:participant:wrapup'] },
    'GET /api/v2/conversations/emails/{conversationId}/participants/{participantId}/wrapupcodes': { any: [] },
    'GET /api/v2/routing/queues': { any: ['routing:queue:view'] },
    'GET /api/v2/routing/queues/{queueId}/wrapupcodes': { any: ['routing:queue:view'] },
    // Official SDK docs, AnalyticsAPI.md postAnalyticsConversationsDetailsQuery ("Requires ANY permissions").
    'POST /api/v2/analytics/conversations/details/query': {
        any: ['analytics:conversationDetail:view', 'analytics:agentConversationDetail:view'],
    },
    // Official SDK docs, UsersApi.md getUser: "Requires NO permissions".
    'GET /api/v2/users/{userId}': { any: [] },
}

/**
 * Which of an operation's permissions the shipped role grants for it. Where ANY of several would
 * do, the narrowest: the per-target blind transfer, and for the participant PATCH (disconnect with
 * wrap-up in one call) the two it exercises.
 */
export const GRANTED_FOR: Readonly<Record<string, readonly string[]>> = {
    'POST /api/v2/conversations/emails': ['conversation:email:create'],
    'GET /api/v2/conversations/emails/{conversationId}': [],
    'POST /api/v2/conversations/emails/{conversationId}/inboundmessages': [],
    'POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/queue': [
        'conversation:communication:blindTransferQueue',
    ],
    'POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace/agent': [
        'conversation:communication:blindTransferAgent',
    ],
    'PATCH /api/v2/conversations/emails/{conversationId}/participants/{participantId}/parkingstate': [
        'conversation:email:park',
    ],
    'PATCH /api/v2/conversations/emails/{conversationId}/participants/{participantId}': [
        'conversation:communication:disconnect',
        'conversation:participant:wrapup',
    ],
    'POST /api/v2/conversations/emails/{conversationId}/participants/{participantId}/communications/{communicationId}/wrapup':
        ['conversation:participant:wrapup'],
    'GET /api/v2/conversations/emails/{conversationId}/participants/{participantId}/wrapupcodes': [],
    'GET /api/v2/routing/queues': ['routing:queue:view'],
    'GET /api/v2/routing/queues/{queueId}/wrapupcodes': ['routing:queue:view'],
    // The org-wide view: the integration is not an agent, so the agent-scoped one would see nothing.
    'POST /api/v2/analytics/conversations/details/query': ['analytics:conversationDetail:view'],
    'GET /api/v2/users/{userId}': [],
}
