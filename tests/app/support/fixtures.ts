import type { Actor, InteractionRecord, RoutingConfig } from '../../../src/app/ports'
import type { RoutingStatus } from '../../../src/domain/routing-status'
import type { MappedAgent } from '../../../src/domain/transfer-targets'

export const BILLING_QUEUE = '11111111-1111-4111-8111-111111111111'
export const SUPPORT_QUEUE = '22222222-2222-4222-8222-222222222222'
export const UNMAPPED_QUEUE = '33333333-3333-4333-8333-333333333333'
export const CONVERSATION = 'c1111111-1111-4111-8111-111111111111'
export const PARTICIPANT = 'f1111111-1111-4111-8111-111111111111'
export const NEW_PARTICIPANT = 'f2222222-2222-4222-8222-222222222222'
export const COMMUNICATION = 'e1111111-1111-4111-8111-111111111111'

export const ALICE: MappedAgent = {
    userSysId: 'user-alice',
    genesysUserId: 'a1111111-1111-4111-8111-111111111111',
    name: 'Alice Agent',
    active: true,
}
export const BOB: MappedAgent = {
    userSysId: 'user-bob',
    genesysUserId: 'b2222222-2222-4222-8222-222222222222',
    name: 'Bob Agent',
    active: true,
}
export const CAROL_INACTIVE: MappedAgent = {
    userSysId: 'user-carol',
    genesysUserId: 'cc333333-3333-4333-8333-333333333333',
    name: 'Carol Former',
    active: false,
}
export const UNMAPPED_GENESYS_USER = 'dd444444-4444-4444-8444-444444444444'

const actor = (userSysId: string, roles: Partial<Actor>): Actor => ({
    userSysId,
    isAgent: false,
    isAdmin: false,
    isIntegration: false,
    ...roles,
})

/** Who can act: Alice owns the seeded interaction; Bob is another agent. */
export const ACTORS = {
    owner: actor(ALICE.userSysId, { isAgent: true }),
    otherAgent: actor(BOB.userSysId, { isAgent: true }),
    admin: actor('user-admin', { isAdmin: true }),
    integration: actor('user-genesys-integration', { isIntegration: true }),
    noRole: actor('user-guest', {}),
    anonymous: null,
} as const

export const CONFIG: RoutingConfig = {
    provider: 'ServiceNow Email',
    queues: [
        { queueId: BILLING_QUEUE, name: 'Billing', isDefault: true },
        { queueId: SUPPORT_QUEUE, name: 'Support', isDefault: false },
    ],
    defaultQueueId: null,
    caseCreatedWrapupCode: '3e5e1ced-0000-4000-8000-0000000000ca',
    defaultWrapupCode: '3e5e1ced-0000-4000-8000-00000000000d',
    outboxMaxAttempts: 4,
    outboxBaseDelaySeconds: 60,
}

export const INTERACTION = 'int-1'

const OWNER_IN: Record<RoutingStatus, string | null> = {
    queued: null,
    connected: ALICE.userSysId,
    parked: ALICE.userSysId,
    closed: ALICE.userSysId,
    abandoned: null,
}

/** The seeded interaction IMS0001 in a given status, linked to a Genesys conversation and participant. */
export function interactionIn(status: RoutingStatus, overrides: Partial<InteractionRecord> = {}): InteractionRecord {
    const assigned = status === 'connected' || status === 'parked' || status === 'closed'
    return {
        sysId: INTERACTION,
        number: 'IMS0001',
        status,
        owner: OWNER_IN[status],
        conversationId: CONVERSATION,
        participantId: assigned ? PARTICIPANT : null,
        communicationId: assigned ? COMMUNICATION : null,
        queueId: BILLING_QUEUE,
        pendingTarget: null,
        parkedUntil: null,
        confirmedAtMs: null,
        contact: 'contact-1',
        account: 'account-1',
        subject: 'My invoice is wrong',
        parent: null,
        ...overrides,
    }
}

export const CUSTOMER_EMAIL = {
    subject: 'Where is my refund?',
    fromAddress: 'pat@customer.example',
    fromName: 'Pat Customer',
    toAddress: 'support@acme.example',
}
