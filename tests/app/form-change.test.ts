import { decideInteractionEdit, type InteractionEdit } from '../../src/app/form-change'
import { transition, type RoutingSnapshot } from '../../src/domain/routing-machine'
import type { RoutingEvent } from '../../src/domain/routing-event'
import { INTERACTION_STATE, ROUTING_STATUSES, type RoutingStatus } from '../../src/domain/routing-status'

const ALICE = 'user-alice'
const BOB = 'user-bob'

/** An edit of an interaction in `status` whose stored state and owner follow the routing status. */
function edit(status: RoutingStatus, change: Partial<InteractionEdit>): InteractionEdit {
    const owner = status === 'queued' || status === 'abandoned' ? null : ALICE
    return {
        status,
        stateBefore: INTERACTION_STATE[status],
        stateAfter: INTERACTION_STATE[status],
        ownerBefore: owner,
        ownerAfter: owner,
        routingColumnsChanged: false,
        ...change,
    }
}

describe('the gate: which machine event an edit outside the app stands for', () => {
    describe('State', () => {
        it('On Hold on a connected interaction is hold', () => {
            expect(decideInteractionEdit(edit('connected', { stateAfter: 'on_hold' }))).toEqual({ kind: 'hold' })
        })

        it('Work In Progress on a parked interaction is resume', () => {
            expect(decideInteractionEdit(edit('parked', { stateAfter: 'work_in_progress' }))).toEqual({
                kind: 'resume',
            })
        })

        it.each(['closed_complete', 'closed_abandoned'])(
            '%s on a connected or parked interaction is disconnect',
            (s) => {
                expect(decideInteractionEdit(edit('connected', { stateAfter: s }))).toEqual({ kind: 'disconnect' })
                expect(decideInteractionEdit(edit('parked', { stateAfter: s }))).toEqual({ kind: 'disconnect' })
            }
        )

        it('closing wins over an Assigned to changed in the same save (the machine keeps the owner for history)', () => {
            const decision = decideInteractionEdit(
                edit('connected', { stateAfter: 'closed_complete', ownerAfter: BOB })
            )
            expect(decision).toEqual({ kind: 'disconnect' })
        })

        it('refuses State and Assigned to changed together (two routing steps)', () => {
            const decision = decideInteractionEdit(edit('connected', { stateAfter: 'on_hold', ownerAfter: BOB }))
            expect(decision).toMatchObject({ kind: 'refuse', error: { code: 'invalid_transition' } })
        })

        it('refuses New (or any state without an event), naming the routing status', () => {
            const decision = decideInteractionEdit(edit('connected', { stateAfter: 'new' }))
            expect(decision).toEqual({
                kind: 'refuse',
                error: {
                    code: 'invalid_transition',
                    message:
                        'State cannot be set to new by hand: Genesys Cloud routes this interaction, and its State follows the routing status (connected).',
                },
            })
        })

        it('leaves to the machine whether the event fits the status (On Hold on a queued one is still hold)', () => {
            expect(decideInteractionEdit(edit('queued', { stateAfter: 'on_hold' }))).toEqual({ kind: 'hold' })
            expect(decideInteractionEdit(edit('closed', { stateAfter: 'work_in_progress' }))).toEqual({
                kind: 'resume',
            })
        })
    })

    describe('Assigned to', () => {
        it.each(['connected', 'parked'] as const)('changed while %s is a transfer to that agent', (status) => {
            expect(decideInteractionEdit(edit(status, { ownerAfter: BOB }))).toEqual({
                kind: 'transfer',
                userSysId: BOB,
            })
        })

        it('cleared while held is refused: a queue transfer is Transfer Email', () => {
            const decision = decideInteractionEdit(edit('connected', { ownerAfter: null }))
            expect(decision).toMatchObject({
                kind: 'refuse',
                error: { message: expect.stringMatching(/Transfer Email/) },
            })
        })

        it('set on a queued interaction is refused: Genesys assigns it', () => {
            const decision = decideInteractionEdit(edit('queued', { ownerAfter: BOB }))
            expect(decision).toMatchObject({
                kind: 'refuse',
                error: { message: expect.stringMatching(/^Genesys Cloud assigns/) },
            })
        })

        it.each(['closed', 'abandoned'] as const)('changed on a %s interaction is history only: nothing to do', (s) => {
            expect(decideInteractionEdit(edit(s, { ownerAfter: BOB }))).toEqual({ kind: 'none' })
        })
    })

    describe("the app's own writes never re-enter", () => {
        // applyInteractionChanges writes state = INTERACTION_STATE[status] with every status it writes.
        it.each(
            ROUTING_STATUSES.flatMap((from) => ROUTING_STATUSES.filter((to) => to !== from).map((to) => [from, to]))
        )('a status change %s -> %s with its state is the app: none', (from, to) => {
            const decision = decideInteractionEdit(
                edit(from as RoutingStatus, {
                    // The rule sees the stored status; the write carries the new status and its state together.
                    stateAfter: INTERACTION_STATE[to as RoutingStatus],
                    ownerAfter: BOB,
                    routingColumnsChanged: true,
                })
            )
            expect(decision).toEqual({ kind: 'none' })
        })

        it('an owner written with a new participant (Genesys gave it to another agent) is the app: none', () => {
            expect(decideInteractionEdit(edit('connected', { ownerAfter: BOB, routingColumnsChanged: true }))).toEqual({
                kind: 'none',
            })
        })

        it('a save that changes neither State nor Assigned to is none', () => {
            expect(decideInteractionEdit(edit('parked', {}))).toEqual({ kind: 'none' })
        })

        it('a State written back to what the routing status says is none (nothing to route)', () => {
            expect(
                decideInteractionEdit(edit('connected', { stateBefore: 'on_hold', stateAfter: 'work_in_progress' }))
            ).toEqual({ kind: 'none' })
        })
    })
})

describe('why the owner rule holds: the machine never moves the owner without a routing column', () => {
    // The gate treats an Assigned to change as the app's when a routing column changes with it. Every transition
    // that moves the owner changes the status, the agent participant or the pending target, or is a read of
    // Genesys (observe-genesys.ts writes last confirmed with it). Checked over every status and a spread of events.
    const snapshot = (status: RoutingStatus): RoutingSnapshot => ({
        status,
        owner: status === 'queued' || status === 'abandoned' ? null : ALICE,
        conversationId: 'c1111111-1111-4111-8111-111111111111',
        participantId: status === 'queued' ? null : 'f1111111-1111-4111-8111-111111111111',
        communicationId: null,
        queueId: '11111111-1111-4111-8111-111111111111',
        pendingTarget: null,
        parkedUntil: null,
    })
    const agentView = (
        userSysId: string | null,
        participantId: string,
        state: 'alerting' | 'connected' | 'parked'
    ) => ({
        type: 'genesys_observed' as const,
        view: {
            conversationId: 'c1111111-1111-4111-8111-111111111111',
            ended: false,
            queueId: null,
            inQueue: false,
            agent: { userSysId, genesysUserId: 'g', participantId, communicationId: null, state, resumeTime: null },
        },
    })
    const EVENTS: RoutingEvent[] = [
        { type: 'hold', resumeTime: null },
        { type: 'resume' },
        { type: 'customer_reply', email: null },
        { type: 'transfer', target: { kind: 'agent', userSysId: BOB, genesysUserId: 'g-bob', label: 'Bob' } },
        {
            type: 'transfer',
            target: { kind: 'queue', genesysQueueId: '22222222-2222-4222-8222-222222222222', label: 'Q' },
        },
        { type: 'disconnect', wrapupCode: 'w' },
        { type: 'create_case', wrapupCode: 'w' },
        agentView(BOB, 'f2222222-2222-4222-8222-222222222222', 'connected'),
        agentView(BOB, 'f1111111-1111-4111-8111-111111111111', 'connected'),
        agentView(ALICE, 'f1111111-1111-4111-8111-111111111111', 'parked'),
        {
            type: 'genesys_observed',
            view: {
                conversationId: 'c1111111-1111-4111-8111-111111111111',
                ended: true,
                queueId: null,
                inQueue: false,
                agent: null,
            },
        },
        {
            type: 'genesys_observed',
            view: {
                conversationId: 'c1111111-1111-4111-8111-111111111111',
                ended: false,
                queueId: null,
                inQueue: true,
                agent: null,
            },
        },
    ]

    it.each(ROUTING_STATUSES.flatMap((status) => EVENTS.map((event) => [status, event.type, event] as const)))(
        '%s + %s',
        (status, _type, event) => {
            const from = snapshot(status)
            const moved = transition(from, event)
            if (!moved.ok || moved.value.owner === from.owner) return
            const t = moved.value
            const routingColumn =
                t.status !== from.status ||
                (t.set.participantId !== undefined && t.set.participantId !== from.participantId) ||
                (t.set.pendingTarget !== undefined && t.set.pendingTarget !== from.pendingTarget) ||
                event.type === 'genesys_observed'
            expect(routingColumn).toBe(true)
        }
    )
})
