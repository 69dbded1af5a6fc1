import { PROPERTY } from '../../../src/platform/property-names'
import { glideStats, resetGlide, resetGlideStats, seedRecord, setCurrentUser, setProperty } from '../../fakes/glide'

export const QUEUE = '11111111-1111-4111-8111-111111111111'
export const CONVERSATION = 'c1111111-1111-4111-8111-111111111111'
export const PARTICIPANT = 'f1111111-1111-4111-8111-111111111111'
export const COMMUNICATION = 'e1111111-1111-4111-8111-111111111111'
export const GENESYS_ALICE = 'a1111111-1111-4111-8111-111111111111'
export const UNMAPPED_USER = 'dd444444-4444-4444-8444-444444444444'
/** A user.start event for Alice on the seeded conversation, as the shipped Data Action posts it. */
export const ASSIGNED = {
    topicName: `v2.detail.events.conversation.${CONVERSATION}.user.start`,
    // A minute before the fakes' clock (2025-01-01T00:00Z): the event happened before ServiceNow reads the conversation.
    eventTime: Date.UTC(2024, 11, 31, 23, 59, 0),
    conversationId: CONVERSATION,
    participantId: PARTICIPANT,
    sessionId: COMMUNICATION,
    userId: GENESYS_ALICE,
    queueId: QUEUE,
    mediaType: 'EMAIL',
    provider: 'ServiceNow',
}

/** The conversation as Genesys answers a read after offering it to Alice (EmailMediaParticipant shapes). */
export const ALICE_OFFERED = [
    { id: 'p-customer', purpose: 'customer', state: 'connected' },
    { id: PARTICIPANT, purpose: 'agent', state: 'connected', userId: GENESYS_ALICE, queueId: QUEUE },
]

/** A blank instance with the app configured, an integration user signed in and Alice mapped. */
export function freshInstance(): { alice: string } {
    resetGlide()
    setProperty(PROPERTY.provider, 'ServiceNow')
    setProperty(PROPERTY.queueMappings, JSON.stringify([{ queueId: QUEUE, name: 'Billing', default: true }]))
    setProperty(PROPERTY.caseCreatedWrapupCode, '9a999999-9999-4999-8999-999999999999')
    setProperty(PROPERTY.defaultWrapupCode, '9b999999-9999-4999-8999-999999999999')
    setCurrentUser({
        sysId: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0',
        userName: 'genesys.integration',
        roles: ['x_gcer.integration'],
    })
    const alice = seedRecord('sys_user', {
        name: 'Alice Agent',
        user_name: 'alice',
        x_gcer_genesys_user_id: GENESYS_ALICE,
    })
    return { alice }
}

/** An interaction as routing left it. */
export function seedInteraction(status: string, fields: Record<string, unknown> = {}): string {
    const state = {
        queued: 'new',
        connected: 'work_in_progress',
        parked: 'on_hold',
        closed: 'closed_complete',
        abandoned: 'closed_abandoned',
    }[status]
    return seedRecord('interaction', {
        type: 'email',
        short_description: 'Invoice question',
        x_gcer_routing_status: status,
        state,
        x_gcer_conversation_id: CONVERSATION,
        x_gcer_queue_id: QUEUE,
        ...fields,
    })
}

/** Reads and writes a piece of work costs, measured on the fake's counters. */
export function measure<T>(work: () => T): {
    result: T
    reads: number
    writes: number
    tables: Record<string, { reads: number; writes: number }>
} {
    resetGlideStats()
    const result = work()
    const stats = glideStats()
    return { result, reads: stats.reads, writes: stats.writes, tables: stats.tables }
}
