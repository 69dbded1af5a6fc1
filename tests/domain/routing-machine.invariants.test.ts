import fc from 'fast-check'
import { transition, type RoutingSnapshot } from '../../src/domain/routing-machine'
import type { RoutingEvent } from '../../src/domain/routing-event'
import { isTerminal } from '../../src/domain/routing-status'

const AGENTS = ['agent-a', 'agent-b', 'agent-c']
const QUEUE = '11111111-2222-3333-4444-555555555555'

const eventArb: fc.Arbitrary<RoutingEvent> = fc.oneof(
    fc.constant<RoutingEvent>({ type: 'email_received', queueId: QUEUE }),
    fc.constantFrom(...AGENTS).map((agent): RoutingEvent => ({ type: 'agent_assigned', agent })),
    fc.constant<RoutingEvent>({ type: 'hold' }),
    fc.constant<RoutingEvent>({ type: 'resume' }),
    fc.constant<RoutingEvent>({ type: 'customer_reply' }),
    fc.constant<RoutingEvent>({
        type: 'transfer',
        target: { kind: 'queue', genesysQueueId: QUEUE, label: 'Billing' },
    }),
    fc.constantFrom(...AGENTS).map((agent): RoutingEvent => ({
        type: 'transfer',
        target: { kind: 'agent', userSysId: agent, genesysUserId: `g-${agent}`, label: agent },
    })),
    fc.constant<RoutingEvent>({ type: 'disconnect', wrapupCode: 'resolved' }),
    fc.constant<RoutingEvent>({ type: 'create_case', wrapupCode: 'case-created' }),
    fc.constant<RoutingEvent>({ type: 'conversation_ended' })
)

/** Runs a sequence from "no interaction", calling `check` on every step (legal or not). */
function walk(
    events: RoutingEvent[],
    check: (before: RoutingSnapshot, event: RoutingEvent, after: RoutingSnapshot, legal: boolean) => void
): void {
    let state: RoutingSnapshot = { status: 'none', owner: null }
    for (const event of events) {
        const result = transition(state, event)
        const after = result.ok ? { status: result.value.status, owner: result.value.owner } : state
        check(state, event, after, result.ok)
        state = after
    }
}

const sequences = fc.array(eventArb, { minLength: 1, maxLength: 40 })

describe('routing state machine: invariants over random event sequences', () => {
    it('never changes the owner on a customer reply while connected or parked', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, (before, event, after) => {
                    if (
                        event.type === 'customer_reply' &&
                        (before.status === 'connected' || before.status === 'parked')
                    )
                        expect(after.owner).toBe(before.owner)
                })
            ),
            { numRuns: 2000 }
        )
    })

    it('never leaves closed or abandoned', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, (before, _event, after) => {
                    if (isTerminal(before.status)) expect(after).toEqual(before)
                })
            ),
            { numRuns: 2000 }
        )
    })

    it('ends every live interaction when Genesys ends the conversation, with no Genesys effect', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, (before, event, after, legal) => {
                    if (event.type !== 'conversation_ended' || before.status === 'none') return
                    expect(legal).toBe(true)
                    expect(isTerminal(after.status)).toBe(true)
                    if (before.status === 'queued') expect(after).toEqual({ status: 'abandoned', owner: null })
                    if (before.status === 'connected' || before.status === 'parked')
                        expect(after).toEqual({ status: 'closed', owner: before.owner })
                    const result = transition(before, event)
                    expect(result.ok && result.value.effects).toEqual([])
                })
            ),
            { numRuns: 2000 }
        )
    })

    it('releases the owner on every accepted transfer', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, (_before, event, after, legal) => {
                    if (event.type === 'transfer' && legal) {
                        expect(after.owner).toBeNull()
                        expect(after.status).toBe('queued')
                    }
                })
            ),
            { numRuns: 2000 }
        )
    })

    it('has an owner exactly when an agent holds the interaction, until it closes', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, (_before, _event, after) => {
                    if (after.status === 'connected' || after.status === 'parked') expect(after.owner).not.toBeNull()
                    if (after.status === 'queued' || after.status === 'abandoned') expect(after.owner).toBeNull()
                })
            ),
            { numRuns: 2000 }
        )
    })

    it('changes nothing when it refuses an event', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, (before, _event, after, legal) => {
                    if (!legal) expect(after).toBe(before)
                })
            ),
            { numRuns: 1000 }
        )
    })
})
