import type { Models } from 'purecloud-platform-client-v2'

/**
 * Typed fixtures for the three Process Automation topics the app subscribes to. The payload types
 * are the official SDK's (`index.d.ts`): a field Genesys does not send cannot be written here.
 */
export type UserStartEvent = Models.UserStartDetailEventTopicUserStartEvent
export type UserEndEvent = Models.UserEndDetailEventTopicUserEndEvent
export type CustomerEndEvent = Models.CustomerEndDetailEventTopicCustomerEndEvent

export type TopicSuffix = 'user.start' | 'user.end' | 'customer.end'
export const TOPIC_SUFFIXES: readonly TopicSuffix[] = ['user.start', 'user.end', 'customer.end']

/** One event as a trigger hands it to its workflow: which topic, and the payload. */
export type TopicEvent =
    | { readonly suffix: 'user.start'; readonly event: UserStartEvent }
    | { readonly suffix: 'user.end'; readonly event: UserEndEvent }
    | { readonly suffix: 'customer.end'; readonly event: CustomerEndEvent }

/** `v2.detail.events.conversation.<id>.<suffix>`: the trigger topic with the conversation filled in. */
export function topicName(suffix: TopicSuffix, conversationId: string): string {
    return `v2.detail.events.conversation.${conversationId}.${suffix}`
}

export const FIXTURE_IDS = {
    conversationId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0001',
    agentParticipantId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0002',
    agentSessionId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0003',
    customerParticipantId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0004',
    customerSessionId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0005',
    userId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0006',
    queueId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0007',
    divisionId: '0b4c3e0e-5a4f-4d0a-9a53-0c2f6d1a0008',
} as const

export const FIXTURE_PROVIDER = 'ServiceNow'
/** 2024-12-02T12:00:00Z, epoch ms as the topics carry it. */
export const FIXTURE_EVENT_TIME = 1733140800000

/** Fields every email topic event of this conversation shares. */
function common(): UserStartEvent & CustomerEndEvent {
    return {
        eventTime: FIXTURE_EVENT_TIME,
        conversationId: FIXTURE_IDS.conversationId,
        mediaType: 'EMAIL',
        provider: FIXTURE_PROVIDER,
        direction: 'INBOUND',
        addressFrom: 'carol@customer.test',
        addressTo: 'help@acme.test',
        subject: 'Printer on fire',
        divisionId: FIXTURE_IDS.divisionId,
    }
}

/** An agent is offered the email (alerting): the agent participant's segment starts. */
export function userStartEvent(overrides: Partial<UserStartEvent> = {}): UserStartEvent {
    return {
        ...common(),
        participantId: FIXTURE_IDS.agentParticipantId,
        sessionId: FIXTURE_IDS.agentSessionId,
        userId: FIXTURE_IDS.userId,
        queueId: FIXTURE_IDS.queueId,
        ...overrides,
    }
}

/** The agent's segment ends: no answer, transfer, or disconnect (`disconnectType` says which). */
export function userEndEvent(overrides: Partial<UserEndEvent> = {}): UserEndEvent {
    return {
        ...common(),
        eventTime: FIXTURE_EVENT_TIME + 60_000,
        participantId: FIXTURE_IDS.agentParticipantId,
        sessionId: FIXTURE_IDS.agentSessionId,
        userId: FIXTURE_IDS.userId,
        queueId: FIXTURE_IDS.queueId,
        disconnectType: 'client',
        alertingDurationMs: 4_000,
        interactingDurationMs: 56_000,
        ...overrides,
    }
}

/** The customer's segment ends: the conversation is over. */
export function customerEndEvent(overrides: Partial<CustomerEndEvent> = {}): CustomerEndEvent {
    return {
        ...common(),
        eventTime: FIXTURE_EVENT_TIME + 120_000,
        participantId: FIXTURE_IDS.customerParticipantId,
        sessionId: FIXTURE_IDS.customerSessionId,
        disconnectType: 'endpoint',
        ...overrides,
    }
}
