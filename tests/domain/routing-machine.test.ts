import { transition, type RoutingSnapshot } from '../../src/domain/routing-machine'
import type { RoutingEvent, RoutingEventType } from '../../src/domain/routing-event'
import type { MachineStatus } from '../../src/domain/routing-status'
import { MACHINE_STATUSES } from '../../src/domain/routing-status'
import { ROUTING_EVENT_TYPES } from '../../src/domain/routing-event'

const OWNER = 'owner-sys-id'
const OTHER = 'other-agent-sys-id'
const QUEUE = '11111111-2222-3333-4444-555555555555'
const GENESYS_USER = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'

const EVENTS: Record<RoutingEventType, RoutingEvent> = {
    email_received: { type: 'email_received', queueId: QUEUE },
    agent_assigned: { type: 'agent_assigned', agent: OTHER },
    hold: { type: 'hold' },
    resume: { type: 'resume' },
    customer_reply: { type: 'customer_reply' },
    transfer: { type: 'transfer', target: { kind: 'queue', genesysQueueId: QUEUE, label: 'Billing' } },
    disconnect: { type: 'disconnect', wrapupCode: 'resolved' },
    create_case: { type: 'create_case', wrapupCode: 'case-created' },
    conversation_ended: { type: 'conversation_ended' },
}

/** The owner each status starts from in the table below. */
const START_OWNER: Record<MachineStatus, string | null> = {
    none: null,
    queued: null,
    connected: OWNER,
    parked: OWNER,
    closed: OWNER,
    abandoned: null,
}

type Expected = 'invalid' | { status: MachineStatus; owner: string | null; effects: string[]; changed: boolean }

const same = (status: MachineStatus, effects: string[] = []): Expected => ({
    status,
    owner: START_OWNER[status],
    effects,
    changed: false,
})

/** Every status x every event. Rows are the architecture's state machine, cell by cell. */
const TABLE: Record<MachineStatus, Record<RoutingEventType, Expected>> = {
    none: {
        email_received: { status: 'queued', owner: null, effects: ['genesys_create_conversation'], changed: true },
        agent_assigned: 'invalid',
        hold: 'invalid',
        resume: 'invalid',
        customer_reply: 'invalid',
        transfer: 'invalid',
        disconnect: 'invalid',
        create_case: 'invalid',
        conversation_ended: 'invalid',
    },
    queued: {
        email_received: 'invalid',
        agent_assigned: { status: 'connected', owner: OTHER, effects: [], changed: true },
        hold: 'invalid',
        resume: 'invalid',
        customer_reply: same('queued'),
        transfer: 'invalid',
        disconnect: 'invalid',
        create_case: 'invalid',
        conversation_ended: { status: 'abandoned', owner: null, effects: [], changed: true },
    },
    connected: {
        email_received: 'invalid',
        agent_assigned: 'invalid',
        hold: { status: 'parked', owner: OWNER, effects: ['genesys_park'], changed: true },
        resume: 'invalid',
        customer_reply: same('connected'),
        transfer: { status: 'queued', owner: null, effects: ['genesys_transfer_to_queue'], changed: true },
        disconnect: { status: 'closed', owner: OWNER, effects: ['genesys_disconnect'], changed: true },
        create_case: {
            status: 'closed',
            owner: OWNER,
            effects: ['create_case', 'notify_case_created', 'genesys_disconnect'],
            changed: true,
        },
        conversation_ended: { status: 'closed', owner: OWNER, effects: [], changed: true },
    },
    parked: {
        email_received: 'invalid',
        agent_assigned: 'invalid',
        hold: 'invalid',
        resume: { status: 'connected', owner: OWNER, effects: ['genesys_unpark'], changed: true },
        customer_reply: { status: 'connected', owner: OWNER, effects: ['genesys_unpark'], changed: true },
        transfer: { status: 'queued', owner: null, effects: ['genesys_transfer_to_queue'], changed: true },
        disconnect: { status: 'closed', owner: OWNER, effects: ['genesys_disconnect'], changed: true },
        create_case: {
            status: 'closed',
            owner: OWNER,
            effects: ['create_case', 'notify_case_created', 'genesys_disconnect'],
            changed: true,
        },
        conversation_ended: { status: 'closed', owner: OWNER, effects: [], changed: true },
    },
    closed: {
        email_received: 'invalid',
        agent_assigned: 'invalid',
        hold: 'invalid',
        resume: 'invalid',
        customer_reply: same('closed', ['open_follow_up_interaction']),
        transfer: 'invalid',
        disconnect: 'invalid',
        create_case: 'invalid',
        conversation_ended: same('closed'),
    },
    abandoned: {
        email_received: 'invalid',
        agent_assigned: 'invalid',
        hold: 'invalid',
        resume: 'invalid',
        customer_reply: same('abandoned', ['open_follow_up_interaction']),
        transfer: 'invalid',
        disconnect: 'invalid',
        create_case: 'invalid',
        conversation_ended: same('abandoned'),
    },
}

const CELLS = MACHINE_STATUSES.flatMap((status) =>
    ROUTING_EVENT_TYPES.map((event) => [status, event, TABLE[status][event]] as const)
)

describe('routing state machine: the full transition table', () => {
    it('covers every status x event pair', () => {
        expect(CELLS).toHaveLength(6 * 9)
    })

    it.each(CELLS)('%s + %s', (status, eventType, expected) => {
        const from: RoutingSnapshot = { status, owner: START_OWNER[status] }
        const result = transition(from, EVENTS[eventType])
        if (expected === 'invalid') {
            expect(result.ok).toBe(false)
            if (!result.ok) {
                expect(result.error).toMatchObject({ code: 'invalid_transition', status, event: eventType })
                expect(result.error.message).toContain(status)
            }
            return
        }
        expect(result.ok).toBe(true)
        if (result.ok) {
            expect({
                status: result.value.status,
                owner: result.value.owner,
                effects: result.value.effects.map((e) => e.type),
                changed: result.value.changed,
            }).toEqual(expected)
        }
    })
})

describe('routing state machine: details the table does not show', () => {
    it('sends a new email to the queue it was routed to', () => {
        const result = transition({ status: 'none', owner: null }, EVENTS.email_received)
        expect(result.ok && result.value.effects).toEqual([{ type: 'genesys_create_conversation', queueId: QUEUE }])
    })

    it('acknowledges a repeated agent_assigned for the same agent without a change', () => {
        for (const status of ['connected', 'parked'] as const) {
            const result = transition({ status, owner: OWNER }, { type: 'agent_assigned', agent: OWNER })
            expect(result).toEqual({ ok: true, value: { status, owner: OWNER, effects: [], changed: false } })
        }
    })

    it('transfers to an agent with the replace/agent effect and releases the owner', () => {
        const target = { kind: 'agent' as const, userSysId: OTHER, genesysUserId: GENESYS_USER, label: 'Ada' }
        const result = transition({ status: 'connected', owner: OWNER }, { type: 'transfer', target })
        expect(result).toEqual({
            ok: true,
            value: {
                status: 'queued',
                owner: null,
                effects: [{ type: 'genesys_transfer_to_agent', genesysUserId: GENESYS_USER }],
                changed: true,
            },
        })
    })

    it('refuses a transfer to the agent who already owns the interaction', () => {
        const target = { kind: 'agent' as const, userSysId: OWNER, genesysUserId: GENESYS_USER, label: 'Me' }
        const result = transition({ status: 'parked', owner: OWNER }, { type: 'transfer', target })
        expect(result.ok).toBe(false)
    })

    it('carries the wrap-up code into the Genesys disconnect', () => {
        const result = transition({ status: 'parked', owner: OWNER }, EVENTS.create_case)
        expect(result.ok && result.value.effects[2]).toEqual({ type: 'genesys_disconnect', wrapupCode: 'case-created' })
    })

    it('closes a held interaction Genesys ended without asking Genesys for anything (it already ended it)', () => {
        for (const status of ['connected', 'parked'] as const) {
            const result = transition({ status, owner: OWNER }, EVENTS.conversation_ended)
            expect(result).toEqual({ ok: true, value: { status: 'closed', owner: OWNER, effects: [], changed: true } })
        }
    })

    it('names the status and the event in an invalid-transition message', () => {
        const result = transition({ status: 'closed', owner: OWNER }, EVENTS.hold)
        expect(!result.ok && result.error.message).toBe(
            'Cannot hold while the interaction is closed: no agent is working it'
        )
    })
})
