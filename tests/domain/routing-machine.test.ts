import type { GenesysCommand, LocalCommand, RoutedEmail, RoutingCommand } from '../../src/domain/genesys-command'
import { NO_INTERACTION, transition, type RoutingSnapshot, type Transition } from '../../src/domain/routing-machine'
import type { GenesysView, RoutingEvent, RoutingEventType } from '../../src/domain/routing-event'
import { ROUTING_EVENT_TYPES } from '../../src/domain/routing-event'
import type { MachineStatus } from '../../src/domain/routing-status'
import { MACHINE_STATUSES } from '../../src/domain/routing-status'

const OWNER = 'owner-sys-id'
const OTHER = 'other-agent-sys-id'
const QUEUE = '11111111-2222-3333-4444-555555555555'
const QUEUE_2 = '22222222-3333-4444-5555-666666666666'
const GENESYS_USER = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
const OTHER_GENESYS_USER = 'ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee'
const CONV = 'c0c0c0c0-0000-4000-8000-000000000001'
const CONV_2 = 'c0c0c0c0-0000-4000-8000-000000000002'
const PART = 'a9e00000-0000-4000-8000-000000000001'
const PART_2 = 'a9e00000-0000-4000-8000-000000000002'
const COMM = 'c0111111-0000-4000-8000-000000000001'
const COMM_2 = 'c0111111-0000-4000-8000-000000000002'
const RESUME = '2025-01-02T09:00:00.000Z'
const RESUME_2 = '2025-01-03T09:00:00.000Z'

const EMAIL: RoutedEmail = {
    provider: 'ServiceNow',
    toAddress: 'support@example.com',
    fromAddress: 'ann@customer.example',
    fromName: 'Ann',
    subject: 'My invoice',
}
const REPLY: RoutedEmail = { ...EMAIL, subject: 'RE: My invoice' }

// The command tags, written out here (not imported) so the test pins the shape production executes.
const first = (command: GenesysCommand): RoutingCommand => ({ to: 'genesys', agree: 'first', command })
const eventually = (command: GenesysCommand): RoutingCommand => ({ to: 'genesys', agree: 'eventually', command })
const localFirst = (command: LocalCommand): RoutingCommand => ({ to: 'servicenow', agree: 'first', command })
const localEventually = (command: LocalCommand): RoutingCommand => ({ to: 'servicenow', agree: 'eventually', command })

const BLANK = NO_INTERACTION
const snap = (changes: Partial<RoutingSnapshot>): RoutingSnapshot => ({ ...BLANK, ...changes })

/** Linked: Genesys has the conversation (and, while an agent holds it, the agent's participant). */
const LINKED: Record<MachineStatus, RoutingSnapshot> = {
    none: BLANK,
    queued: snap({ status: 'queued', conversationId: CONV, queueId: QUEUE }),
    connected: snap({
        status: 'connected',
        owner: OWNER,
        conversationId: CONV,
        participantId: PART,
        communicationId: COMM,
        queueId: QUEUE,
    }),
    parked: snap({
        status: 'parked',
        owner: OWNER,
        conversationId: CONV,
        participantId: PART,
        communicationId: COMM,
        queueId: QUEUE,
        parkedUntil: RESUME,
    }),
    closed: snap({
        status: 'closed',
        owner: OWNER,
        conversationId: CONV,
        participantId: PART,
        communicationId: COMM,
        queueId: QUEUE,
    }),
    abandoned: snap({ status: 'abandoned', conversationId: CONV, queueId: QUEUE }),
}

/** Unlinked: the conversation was never created in Genesys (or not yet), so there are no Genesys ids at all. */
const UNLINKED: Record<MachineStatus, RoutingSnapshot> = {
    none: BLANK,
    queued: snap({ status: 'queued', queueId: QUEUE }),
    connected: snap({ status: 'connected', owner: OWNER, queueId: QUEUE }),
    parked: snap({ status: 'parked', owner: OWNER, queueId: QUEUE, parkedUntil: RESUME }),
    closed: snap({ status: 'closed', owner: OWNER, queueId: QUEUE }),
    abandoned: snap({ status: 'abandoned', queueId: QUEUE }),
}

/** What a read shows for the table: another agent, mapped, connected to the conversation. */
const VIEW: GenesysView = {
    conversationId: CONV,
    ended: false,
    queueId: QUEUE,
    inQueue: false,
    agent: {
        userSysId: OTHER,
        genesysUserId: OTHER_GENESYS_USER,
        participantId: PART_2,
        communicationId: COMM_2,
        state: 'connected',
        resumeTime: null,
    },
}

const EVENTS: Record<RoutingEventType, RoutingEvent> = {
    email_received: { type: 'email_received', queueId: QUEUE, email: EMAIL, chainTo: null },
    hold: { type: 'hold', resumeTime: RESUME },
    resume: { type: 'resume' },
    customer_reply: { type: 'customer_reply', email: REPLY },
    transfer: { type: 'transfer', target: { kind: 'queue', genesysQueueId: QUEUE_2, label: 'Billing' } },
    disconnect: { type: 'disconnect', wrapupCode: 'resolved' },
    create_case: { type: 'create_case', wrapupCode: 'case-created' },
    genesys_observed: { type: 'genesys_observed', view: VIEW },
}

type Expected = 'invalid' | 'not_linked' | Transition
interface Cell {
    readonly linked: Expected
    readonly unlinked: Expected
}

const either = (expected: Expected): Cell => ({ linked: expected, unlinked: expected })
const INVALID = either('invalid')

/** Status, owner and ids stay as they are; only `commands` may carry work. */
const unchanged = (status: MachineStatus, commands: RoutingCommand[] = []): Expected => ({
    status: status as Transition['status'],
    owner: LINKED[status].owner,
    set: {},
    commands,
    changed: false,
})

const moved = (
    status: Transition['status'],
    owner: string | null,
    commands: RoutingCommand[],
    set: Transition['set']
): Transition => ({ status, owner, set, commands, changed: true })

const TRANSFERRED = moved(
    'queued',
    null,
    [first({ kind: 'transfer_to_queue', conversationId: CONV, participantId: PART, queueId: QUEUE_2 })],
    {
        pendingTarget: `queue:${QUEUE_2}`,
        participantId: null,
        communicationId: null,
        parkedUntil: null,
        queueId: QUEUE_2,
    }
)
const DISCONNECT = eventually({
    kind: 'disconnect',
    conversationId: CONV,
    participantId: PART,
    wrapupCode: 'resolved',
})
const CASE_DISCONNECT = eventually({
    kind: 'disconnect',
    conversationId: CONV,
    participantId: PART,
    wrapupCode: 'case-created',
})
const CLOSED_SET = { pendingTarget: null, parkedUntil: null }
const CHAIN_REPLY = eventually({ kind: 'chain_reply', conversationId: CONV, queueId: QUEUE, email: REPLY })

/** The other agent the table's read shows takes the interaction (ids from the read; transfer bookkeeping cleared). */
const TAKEN_BY_OTHER = moved('connected', OTHER, [], {
    queueId: QUEUE,
    participantId: PART_2,
    communicationId: COMM_2,
    pendingTarget: null,
    parkedUntil: null,
})
/** The same, for an interaction without a conversation: it adopts the one the read shows. */
const TAKEN_BY_OTHER_ADOPTING = moved('connected', OTHER, [], { ...TAKEN_BY_OTHER.set, conversationId: CONV })

const TERMINAL: Record<RoutingEventType, Cell> = {
    email_received: INVALID,
    hold: INVALID,
    resume: INVALID,
    customer_reply: INVALID, // replaced per status below
    transfer: INVALID,
    disconnect: INVALID,
    create_case: INVALID,
    genesys_observed: INVALID, // replaced per status below
}

/** Every status x every event, for a linked and an unlinked interaction. Rows are the architecture's machine. */
const TABLE: Record<MachineStatus, Record<RoutingEventType, Cell>> = {
    none: {
        email_received: either(
            moved('queued', null, [eventually({ kind: 'create_conversation', queueId: QUEUE, email: EMAIL })], {
                queueId: QUEUE,
            })
        ),
        hold: INVALID,
        resume: INVALID,
        customer_reply: INVALID,
        transfer: INVALID,
        disconnect: INVALID,
        create_case: INVALID,
        genesys_observed: INVALID,
    },
    queued: {
        email_received: INVALID,
        hold: INVALID,
        resume: INVALID,
        customer_reply: { linked: unchanged('queued', [CHAIN_REPLY]), unlinked: unchanged('queued') },
        transfer: INVALID,
        disconnect: INVALID,
        create_case: INVALID,
        genesys_observed: { linked: TAKEN_BY_OTHER, unlinked: TAKEN_BY_OTHER_ADOPTING },
    },
    connected: {
        email_received: INVALID,
        hold: {
            linked: moved(
                'parked',
                OWNER,
                [first({ kind: 'park', conversationId: CONV, participantId: PART, resumeTime: RESUME })],
                { parkedUntil: RESUME }
            ),
            unlinked: moved('parked', OWNER, [], { parkedUntil: RESUME }),
        },
        resume: INVALID,
        customer_reply: { linked: unchanged('connected', [CHAIN_REPLY]), unlinked: unchanged('connected') },
        transfer: { linked: TRANSFERRED, unlinked: 'not_linked' },
        disconnect: {
            linked: moved('closed', OWNER, [DISCONNECT], CLOSED_SET),
            unlinked: moved('closed', OWNER, [], CLOSED_SET),
        },
        create_case: {
            linked: moved(
                'closed',
                OWNER,
                [
                    localFirst({ kind: 'create_case' }),
                    CASE_DISCONNECT,
                    localEventually({ kind: 'notify_case_created' }),
                ],
                CLOSED_SET
            ),
            unlinked: moved(
                'closed',
                OWNER,
                [localFirst({ kind: 'create_case' }), localEventually({ kind: 'notify_case_created' })],
                CLOSED_SET
            ),
        },
        genesys_observed: { linked: TAKEN_BY_OTHER, unlinked: TAKEN_BY_OTHER_ADOPTING },
    },
    parked: {
        email_received: INVALID,
        hold: INVALID,
        resume: {
            linked: moved('connected', OWNER, [first({ kind: 'unpark', conversationId: CONV, participantId: PART })], {
                parkedUntil: null,
            }),
            unlinked: moved('connected', OWNER, [], { parkedUntil: null }),
        },
        // Chaining the reply un-parks the email in Genesys, so no separate unpark is sent.
        customer_reply: {
            linked: moved('connected', OWNER, [CHAIN_REPLY], { parkedUntil: null }),
            unlinked: moved('connected', OWNER, [], { parkedUntil: null }),
        },
        transfer: { linked: TRANSFERRED, unlinked: 'not_linked' },
        disconnect: {
            linked: moved('closed', OWNER, [DISCONNECT], CLOSED_SET),
            unlinked: moved('closed', OWNER, [], CLOSED_SET),
        },
        create_case: {
            linked: moved(
                'closed',
                OWNER,
                [
                    localFirst({ kind: 'create_case' }),
                    CASE_DISCONNECT,
                    localEventually({ kind: 'notify_case_created' }),
                ],
                CLOSED_SET
            ),
            unlinked: moved(
                'closed',
                OWNER,
                [localFirst({ kind: 'create_case' }), localEventually({ kind: 'notify_case_created' })],
                CLOSED_SET
            ),
        },
        genesys_observed: { linked: TAKEN_BY_OTHER, unlinked: TAKEN_BY_OTHER_ADOPTING },
    },
    closed: {
        ...TERMINAL,
        customer_reply: either(unchanged('closed', [localEventually({ kind: 'open_follow_up' })])),
        genesys_observed: either(unchanged('closed')),
    },
    abandoned: {
        ...TERMINAL,
        customer_reply: either(unchanged('abandoned', [localEventually({ kind: 'open_follow_up' })])),
        genesys_observed: either(unchanged('abandoned')),
    },
}

const CELLS = MACHINE_STATUSES.flatMap((status) =>
    ROUTING_EVENT_TYPES.flatMap((event) =>
        (['linked', 'unlinked'] as const)
            .filter((link) => status !== 'none' || link === 'linked')
            .map((link) => [status, event, link, TABLE[status][event][link]] as const)
    )
)

describe('routing state machine: the full transition table', () => {
    it('covers every status x event pair, linked and unlinked (no interaction has no ids)', () => {
        expect(MACHINE_STATUSES).toHaveLength(6)
        expect(ROUTING_EVENT_TYPES).toHaveLength(8)
        expect(CELLS).toHaveLength(8 + 5 * 8 * 2)
    })

    it.each(CELLS)('%s + %s (%s)', (status, eventType, link, expected) => {
        const from = (link === 'linked' ? LINKED : UNLINKED)[status]
        const result = transition(from, EVENTS[eventType])
        if (expected === 'invalid' || expected === 'not_linked') {
            expect(result.ok).toBe(false)
            if (!result.ok) {
                expect(result.error).toMatchObject({
                    code: expected === 'invalid' ? 'invalid_transition' : 'not_linked',
                    status,
                    event: eventType,
                })
                expect(result.error.message).toContain(status)
            }
            return
        }
        expect(result).toEqual({ ok: true, value: expected })
    })
})

describe('routing state machine: new emails', () => {
    it('creates the conversation in the queue the email was routed to, eventually (the outbox delivers it)', () => {
        expect(transition(BLANK, { type: 'email_received', queueId: QUEUE_2, email: EMAIL, chainTo: null })).toEqual({
            ok: true,
            value: {
                status: 'queued',
                owner: null,
                set: { queueId: QUEUE_2 },
                commands: [
                    {
                        to: 'genesys',
                        agree: 'eventually',
                        command: { kind: 'create_conversation', queueId: QUEUE_2, email: EMAIL },
                    },
                ],
                changed: true,
            },
        })
    })

    it('chains a reply to a closed interaction into its conversation instead of creating one, and follows it', () => {
        const result = transition(BLANK, { type: 'email_received', queueId: QUEUE, email: REPLY, chainTo: CONV })
        expect(result).toEqual({
            ok: true,
            value: {
                status: 'queued',
                owner: null,
                set: { conversationId: CONV, queueId: QUEUE },
                commands: [eventually({ kind: 'chain_reply', conversationId: CONV, queueId: QUEUE, email: REPLY })],
                changed: true,
            },
        })
    })

    it('refuses a second email_received on an existing interaction (a new email is a customer reply)', () => {
        const result = transition(LINKED.queued, EVENTS.email_received)
        expect(!result.ok && result.error.message).toBe(
            'Cannot email received while the interaction is queued: the interaction already exists; a new email is a customer reply'
        )
    })
})

describe('routing state machine: agent actions', () => {
    it('parks without a resume time when the agent gives none', () => {
        const result = transition(LINKED.connected, { type: 'hold', resumeTime: null })
        expect(result).toEqual({
            ok: true,
            value: moved(
                'parked',
                OWNER,
                [first({ kind: 'park', conversationId: CONV, participantId: PART, resumeTime: null })],
                { parkedUntil: null }
            ),
        })
    })

    it('refuses hold while parked as "already On Hold", and while not held as "no agent is working it"', () => {
        const parked = transition(LINKED.parked, EVENTS.hold)
        expect(!parked.ok && parked.error.message).toBe(
            'Cannot hold while the interaction is parked: it is already On Hold'
        )
        const closed = transition(LINKED.closed, EVENTS.hold)
        expect(!closed.ok && closed.error.message).toBe(
            'Cannot hold while the interaction is closed: no agent is working it'
        )
    })

    it('acts on Genesys only with both the conversation and the participant: a conversation alone is not linked', () => {
        const noParticipant = snap({ status: 'connected', owner: OWNER, conversationId: CONV, queueId: QUEUE })
        expect(transition(noParticipant, EVENTS.hold)).toEqual({
            ok: true,
            value: moved('parked', OWNER, [], { parkedUntil: RESUME }),
        })
        expect(transition({ ...noParticipant, status: 'parked' }, EVENTS.resume)).toEqual({
            ok: true,
            value: moved('connected', OWNER, [], { parkedUntil: null }),
        })
        expect(transition(noParticipant, EVENTS.disconnect)).toEqual({
            ok: true,
            value: moved('closed', OWNER, [], CLOSED_SET),
        })
        const transfer = transition(noParticipant, EVENTS.transfer)
        expect(!transfer.ok && transfer.error.code).toBe('not_linked')
        const participantOnly = snap({ status: 'connected', owner: OWNER, participantId: PART })
        const hold = transition(participantOnly, EVENTS.hold)
        expect(hold.ok && hold.value.commands).toEqual([])
    })

    it('transfers to an agent with replace/agent on the held participant and releases the owner', () => {
        const target = { kind: 'agent' as const, userSysId: OTHER, genesysUserId: GENESYS_USER, label: 'Ada' }
        const result = transition(LINKED.parked, { type: 'transfer', target })
        expect(result).toEqual({
            ok: true,
            value: moved(
                'queued',
                null,
                [first({ kind: 'transfer_to_agent', conversationId: CONV, participantId: PART, userId: GENESYS_USER })],
                // The queue stays the one it came from: only a queue transfer changes it.
                {
                    pendingTarget: `agent:${GENESYS_USER}`,
                    participantId: null,
                    communicationId: null,
                    parkedUntil: null,
                }
            ),
        })
    })

    it('refuses a transfer to the agent who already owns the interaction, linked or not', () => {
        const target = { kind: 'agent' as const, userSysId: OWNER, genesysUserId: GENESYS_USER, label: 'Me' }
        for (const from of [LINKED.parked, UNLINKED.connected]) {
            const result = transition(from, { type: 'transfer', target })
            expect(!result.ok && result.error).toEqual({
                code: 'invalid_transition',
                status: from.status,
                event: 'transfer',
                message: `Cannot transfer while the interaction is ${from.status}: the target agent already owns it`,
            })
        }
    })

    it('names the target when a transfer cannot reach Genesys (not_linked)', () => {
        const result = transition(UNLINKED.connected, EVENTS.transfer)
        expect(!result.ok && result.error).toEqual({
            code: 'not_linked',
            status: 'connected',
            event: 'transfer',
            message:
                'Cannot transfer while the interaction is connected: it has no Genesys Cloud participant, so Genesys cannot route it to Billing',
        })
    })

    it('refuses a transfer while queued: nobody holds the participant to replace', () => {
        const result = transition(LINKED.queued, EVENTS.transfer)
        expect(!result.ok && result.error.message).toBe(
            'Cannot transfer while the interaction is queued: no agent is working it'
        )
    })

    it('creates the case first, then disconnects with the wrap-up code, then notifies the customer', () => {
        const result = transition(LINKED.connected, EVENTS.create_case)
        expect(result.ok && result.value.commands).toEqual([
            { to: 'servicenow', agree: 'first', command: { kind: 'create_case' } },
            {
                to: 'genesys',
                agree: 'eventually',
                command: { kind: 'disconnect', conversationId: CONV, participantId: PART, wrapupCode: 'case-created' },
            },
            { to: 'servicenow', agree: 'eventually', command: { kind: 'notify_case_created' } },
        ])
    })

    it('closes with the owner kept and clears a pending transfer and a park time', () => {
        const from = { ...LINKED.parked, pendingTarget: `queue:${QUEUE_2}` }
        const result = transition(from, EVENTS.disconnect)
        expect(result).toEqual({
            ok: true,
            value: moved('closed', OWNER, [DISCONNECT], { pendingTarget: null, parkedUntil: null }),
        })
    })

    it('names the status and the event in an invalid-transition message', () => {
        const result = transition(LINKED.closed, EVENTS.hold)
        expect(!result.ok && result.error.message).toBe(
            'Cannot hold while the interaction is closed: no agent is working it'
        )
        const none = transition(BLANK, EVENTS.genesys_observed)
        expect(!none.ok && none.error.message).toBe(
            'Cannot genesys observed while the interaction is none: no interaction exists yet'
        )
    })
})

describe('routing state machine: customer replies', () => {
    it('never changes owner or routing while connected, with or without a conversation to chain into', () => {
        for (const from of [LINKED.connected, UNLINKED.connected]) {
            for (const email of [REPLY, null]) {
                const result = transition(from, { type: 'customer_reply', email })
                expect(result.ok && { status: result.value.status, owner: result.value.owner }).toEqual({
                    status: 'connected',
                    owner: OWNER,
                })
                expect(result.ok && result.value.changed).toBe(false)
            }
        }
    })

    it('chains into the conversation with a null queue when the interaction has no queue', () => {
        const result = transition({ ...LINKED.connected, queueId: null }, EVENTS.customer_reply)
        expect(result.ok && result.value.commands).toEqual([
            eventually({ kind: 'chain_reply', conversationId: CONV, queueId: null, email: REPLY }),
        ])
    })

    it('un-parks eventually when a parked interaction gets a reply that cannot be chained (no email)', () => {
        const result = transition(LINKED.parked, { type: 'customer_reply', email: null })
        expect(result).toEqual({
            ok: true,
            value: moved(
                'connected',
                OWNER,
                [eventually({ kind: 'unpark', conversationId: CONV, participantId: PART })],
                { parkedUntil: null }
            ),
        })
    })

    it('sends nothing for a reply without an email while queued', () => {
        expect(transition(LINKED.queued, { type: 'customer_reply', email: null })).toEqual({
            ok: true,
            value: { status: 'queued', owner: null, set: {}, commands: [], changed: false },
        })
    })

    it('opens a follow-up for a reply to a closed or abandoned interaction, email or not, and never reopens it', () => {
        for (const from of [LINKED.closed, LINKED.abandoned, UNLINKED.closed]) {
            for (const email of [REPLY, null]) {
                expect(transition(from, { type: 'customer_reply', email })).toEqual({
                    ok: true,
                    value: {
                        status: from.status,
                        owner: from.owner,
                        set: {},
                        commands: [localEventually({ kind: 'open_follow_up' })],
                        changed: false,
                    },
                })
            }
        }
    })
})

type Agent = NonNullable<GenesysView['agent']>

function observe(view: Partial<GenesysView> = {}, agent: Partial<Agent> | null = {}): RoutingEvent {
    return {
        type: 'genesys_observed',
        view: {
            conversationId: CONV,
            ended: false,
            queueId: QUEUE,
            inQueue: true,
            agent:
                agent === null
                    ? null
                    : {
                          userSysId: OWNER,
                          genesysUserId: GENESYS_USER,
                          participantId: PART,
                          communicationId: COMM,
                          state: 'connected',
                          resumeTime: null,
                          ...agent,
                      },
            ...view,
        },
    }
}

describe('routing state machine: genesys_observed (a read of the conversation wins)', () => {
    describe('the conversation ended in Genesys', () => {
        it('abandons a queued interaction nobody took, clearing a pending transfer, with nothing to send', () => {
            const from = { ...LINKED.queued, pendingTarget: `queue:${QUEUE_2}` }
            expect(transition(from, observe({ ended: true }, null))).toEqual({
                ok: true,
                value: moved('abandoned', null, [], { pendingTarget: null }),
            })
        })

        it('closes a held interaction with the owner kept (an agent or flow ended it in Genesys)', () => {
            for (const status of ['connected', 'parked'] as const) {
                expect(transition(LINKED[status], observe({ ended: true }))).toEqual({
                    ok: true,
                    value: moved('closed', OWNER, [], { pendingTarget: null, parkedUntil: null }),
                })
            }
        })

        it('ends on the read even when it names an agent nobody mapped', () => {
            const result = transition(LINKED.connected, observe({ ended: true }, { userSysId: null }))
            expect(result.ok && result.value.status).toBe('closed')
        })

        it('leaves closed and abandoned interactions exactly as they are', () => {
            for (const status of ['closed', 'abandoned'] as const) {
                for (const event of [observe({ ended: true }), observe({ ended: false }), observe({}, null)]) {
                    expect(transition(LINKED[status], event)).toEqual({
                        ok: true,
                        value: { status, owner: LINKED[status].owner, set: {}, commands: [], changed: false },
                    })
                }
            }
        })
    })

    describe('an agent participant on a queued interaction: Genesys assigned it', () => {
        it('connected: the agent who accepted owns it, connected', () => {
            const from = { ...LINKED.queued, pendingTarget: `agent:${GENESYS_USER}` }
            expect(transition(from, observe({}, { userSysId: OTHER, state: 'connected' }))).toEqual({
                ok: true,
                value: moved('connected', OTHER, [], {
                    queueId: QUEUE,
                    participantId: PART,
                    communicationId: COMM,
                    pendingTarget: null,
                    parkedUntil: null,
                }),
            })
        })

        it('alerting: an offer is not ownership; it stays queued and shows whom it is offered to', () => {
            expect(transition(LINKED.queued, observe({}, { userSysId: OTHER, state: 'alerting' }))).toEqual({
                ok: true,
                value: {
                    status: 'queued',
                    owner: null,
                    set: { pendingTarget: `agent:${GENESYS_USER}` },
                    commands: [],
                    changed: true,
                },
            })
        })

        it('parked: the agent owns it, parked until the resume time the read shows', () => {
            const result = transition(
                LINKED.queued,
                observe({ queueId: QUEUE_2 }, { userSysId: OTHER, state: 'parked', resumeTime: RESUME })
            )
            expect(result).toEqual({
                ok: true,
                value: moved('parked', OTHER, [], {
                    queueId: QUEUE_2,
                    participantId: PART,
                    communicationId: COMM,
                    pendingTarget: null,
                    parkedUntil: RESUME,
                }),
            })
        })

        it('keeps the stored queue when the read names none', () => {
            const result = transition(LINKED.queued, observe({ queueId: null }, { userSysId: OTHER }))
            expect(result.ok && result.value.set).toEqual({
                participantId: PART,
                communicationId: COMM,
                pendingTarget: null,
                parkedUntil: null,
            })
        })

        it('takes a read without a communication id as null for a new participant (the stored one is not its)', () => {
            const from = { ...LINKED.queued, participantId: PART_2, communicationId: COMM_2 }
            const result = transition(from, observe({}, { userSysId: OTHER, communicationId: null }))
            expect(result.ok && result.value.set).toEqual({
                queueId: QUEUE,
                participantId: PART,
                communicationId: null,
                pendingTarget: null,
                parkedUntil: null,
            })
        })
    })

    describe('the same owner', () => {
        it('acknowledges a repeat that matches the interaction without a change', () => {
            expect(transition(LINKED.connected, observe())).toEqual({
                ok: true,
                value: { status: 'connected', owner: OWNER, set: {}, commands: [], changed: false },
            })
            expect(transition(LINKED.parked, observe({}, { state: 'parked', resumeTime: RESUME }))).toEqual({
                ok: true,
                value: { status: 'parked', owner: OWNER, set: {}, commands: [], changed: false },
            })
        })

        it('follows Genesys to parked when the agent parked it there', () => {
            expect(transition(LINKED.connected, observe({}, { state: 'parked', resumeTime: RESUME_2 }))).toEqual({
                ok: true,
                value: moved('parked', OWNER, [], {
                    queueId: QUEUE,
                    participantId: PART,
                    communicationId: COMM,
                    pendingTarget: null,
                    parkedUntil: RESUME_2,
                }),
            })
        })

        it('follows Genesys back to connected when the read shows it connected (un-parked there, or the resume time came)', () => {
            expect(transition(LINKED.parked, observe({}, { state: 'connected' }))).toEqual({
                ok: true,
                value: moved('connected', OWNER, [], {
                    queueId: QUEUE,
                    participantId: PART,
                    communicationId: COMM,
                    pendingTarget: null,
                    parkedUntil: null,
                }),
            })
        })

        it('sets only the ids that changed, and counts that as a change', () => {
            expect(transition(LINKED.connected, observe({}, { communicationId: COMM_2 }))).toEqual({
                ok: true,
                value: {
                    status: 'connected',
                    owner: OWNER,
                    set: { communicationId: COMM_2 },
                    commands: [],
                    changed: true,
                },
            })
            expect(transition(LINKED.connected, observe({ queueId: QUEUE_2 }, { participantId: PART_2 }))).toEqual({
                ok: true,
                value: {
                    status: 'connected',
                    owner: OWNER,
                    // The read's communication id equals the stored one: not written again.
                    set: { queueId: QUEUE_2, participantId: PART_2 },
                    commands: [],
                    changed: true,
                },
            })
            expect(transition(LINKED.parked, observe({}, { state: 'parked', resumeTime: RESUME_2 }))).toEqual({
                ok: true,
                value: { status: 'parked', owner: OWNER, set: { parkedUntil: RESUME_2 }, commands: [], changed: true },
            })
        })

        it('clears a transfer still pending when Genesys shows the owner holding it', () => {
            const from = { ...LINKED.connected, pendingTarget: `queue:${QUEUE_2}` }
            expect(transition(from, observe())).toEqual({
                ok: true,
                value: { status: 'connected', owner: OWNER, set: { pendingTarget: null }, commands: [], changed: true },
            })
        })

        it('keeps the stored communication id for the same participant when the read has none', () => {
            expect(transition(LINKED.connected, observe({}, { communicationId: null }))).toEqual({
                ok: true,
                value: { status: 'connected', owner: OWNER, set: {}, commands: [], changed: false },
            })
            const parked = transition(LINKED.connected, observe({}, { communicationId: null, state: 'parked' }))
            expect(parked.ok && parked.value.set).toEqual({
                queueId: QUEUE,
                participantId: PART,
                pendingTarget: null,
                parkedUntil: null,
            })
        })

        it('drops the stored communication id when a new participant comes without one', () => {
            const result = transition(LINKED.connected, observe({}, { participantId: PART_2, communicationId: null }))
            expect(result.ok && result.value.set).toEqual({ participantId: PART_2, communicationId: null })
        })
    })

    describe('another owner', () => {
        it('moves a connected interaction to the agent Genesys shows, with the new participant', () => {
            const result = transition(
                LINKED.connected,
                observe({}, { userSysId: OTHER, participantId: PART_2, communicationId: COMM_2 })
            )
            expect(result).toEqual({ ok: true, value: TAKEN_BY_OTHER })
        })

        it('releases a parked interaction Genesys offers to another agent: queued until that agent accepts', () => {
            const result = transition(
                LINKED.parked,
                observe({}, { userSysId: OTHER, participantId: PART_2, communicationId: null, state: 'alerting' })
            )
            expect(result).toEqual({
                ok: true,
                value: moved('queued', null, [], {
                    queueId: QUEUE,
                    pendingTarget: `agent:${GENESYS_USER}`,
                    participantId: null,
                    communicationId: null,
                    parkedUntil: null,
                }),
            })
        })

        it('keeps the stored communication id when only the mapped user changed for the same participant', () => {
            const result = transition(LINKED.connected, observe({}, { userSysId: OTHER, communicationId: null }))
            expect(result).toEqual({
                ok: true,
                value: moved('connected', OTHER, [], {
                    queueId: QUEUE,
                    participantId: PART,
                    pendingTarget: null,
                    parkedUntil: null,
                }),
            })
        })
    })

    describe('an agent nobody mapped', () => {
        it.each(['queued', 'connected', 'parked'] as const)(
            '%s: refused as invalid_transition, nothing changes',
            (status) => {
                const result = transition(
                    LINKED[status],
                    observe({}, { userSysId: null, genesysUserId: OTHER_GENESYS_USER })
                )
                expect(result).toEqual({
                    ok: false,
                    error: {
                        code: 'invalid_transition',
                        status,
                        event: 'genesys_observed',
                        message: `Genesys Cloud user ${OTHER_GENESYS_USER} is not mapped to an active ServiceNow agent`,
                    },
                })
            }
        )
    })

    describe('no agent participant and nobody routing it (released: disconnected in Genesys)', () => {
        it.each(['queued', 'connected', 'parked'] as const)('%s: closed, as our own Disconnect leaves it', (status) => {
            const result = transition(LINKED[status], observe({ inQueue: false }, null))
            expect(result.ok && [result.value.status, result.value.owner]).toEqual(['closed', LINKED[status].owner])
            expect(result.ok && result.value.commands).toEqual([])
        })
    })

    describe('no agent participant, in a queue', () => {
        it.each(['connected', 'parked'] as const)(
            '%s: back to queued, the owner released and the participant dropped',
            (status) => {
                expect(transition(LINKED[status], observe({ queueId: QUEUE_2 }, null))).toEqual({
                    ok: true,
                    value: moved('queued', null, [], {
                        queueId: QUEUE_2,
                        pendingTarget: null,
                        participantId: null,
                        communicationId: null,
                        parkedUntil: null,
                    }),
                })
            }
        )

        it('keeps the stored queue when the read names none', () => {
            const result = transition(LINKED.connected, observe({ queueId: null }, null))
            expect(result.ok && result.value.set).toEqual({
                pendingTarget: null,
                participantId: null,
                communicationId: null,
                parkedUntil: null,
            })
        })

        it('leaves a queued interaction queued, setting only a queue that changed', () => {
            expect(transition(LINKED.queued, observe({}, null))).toEqual({
                ok: true,
                value: { status: 'queued', owner: null, set: {}, commands: [], changed: false },
            })
            expect(transition(LINKED.queued, observe({ queueId: null }, null))).toEqual({
                ok: true,
                value: { status: 'queued', owner: null, set: {}, commands: [], changed: false },
            })
            expect(transition(LINKED.queued, observe({ queueId: QUEUE_2 }, null))).toEqual({
                ok: true,
                value: { status: 'queued', owner: null, set: { queueId: QUEUE_2 }, commands: [], changed: true },
            })
        })

        it('keeps a pending transfer while Genesys has not assigned anyone yet', () => {
            const from = { ...LINKED.queued, pendingTarget: `agent:${GENESYS_USER}` }
            const result = transition(from, observe({}, null))
            expect(result.ok && result.value).toMatchObject({ set: {}, changed: false })
        })
    })

    describe('the conversation id', () => {
        it('adopts the conversation of the read on a queued interaction that had none (an unclear create)', () => {
            expect(transition(UNLINKED.queued, observe({}, null))).toEqual({
                ok: true,
                value: { status: 'queued', owner: null, set: { conversationId: CONV }, commands: [], changed: true },
            })
        })

        it('follows the conversation of the read when it differs from the stored one', () => {
            const result = transition(LINKED.queued, observe({ conversationId: CONV_2 }, null))
            expect(result.ok && result.value.set).toEqual({ conversationId: CONV_2 })
            const held = transition(LINKED.connected, observe({ conversationId: CONV_2 }))
            expect(held).toEqual({
                ok: true,
                value: {
                    status: 'connected',
                    owner: OWNER,
                    set: { conversationId: CONV_2 },
                    commands: [],
                    changed: true,
                },
            })
            const released = transition(LINKED.parked, observe({ conversationId: CONV_2 }, null))
            expect(released.ok && released.value.set).toMatchObject({ conversationId: CONV_2 })
        })

        it('never asks Genesys for anything: the read is already the truth', () => {
            const views = [
                observe(),
                observe({ ended: true }),
                observe({}, null),
                observe({}, { userSysId: OTHER, state: 'parked' }),
                observe({ conversationId: CONV_2 }, { userSysId: OTHER, state: 'alerting' }),
            ]
            for (const status of ['queued', 'connected', 'parked', 'closed', 'abandoned'] as const) {
                for (const event of views) {
                    const result = transition(LINKED[status], event)
                    expect(result.ok && result.value.commands).toEqual([])
                }
            }
        })
    })
})
