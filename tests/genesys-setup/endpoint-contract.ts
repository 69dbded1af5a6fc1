/**
 * The Genesys event endpoint contract, copied from /work/COORD.md ("The Genesys event endpoint
 * contract"): the body the data action must POST to /api/x_gcer/genesys/events.
 */
export const ENDPOINT_PATH = '/api/x_gcer/genesys/events'

export const ENDPOINT_BODY_FIELDS = {
    topicName: 'string',
    eventTime: 'number',
    conversationId: 'string',
    participantId: 'string',
    sessionId: 'string',
    userId: 'string',
    queueId: 'string',
    mediaType: 'string',
    provider: 'string',
    disconnectType: 'string',
} as const

export const ENDPOINT_REQUIRED = ['topicName', 'conversationId', 'eventTime'] as const
