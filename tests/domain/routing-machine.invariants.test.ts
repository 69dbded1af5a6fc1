import fc from 'fast-check'
import type { GenesysCommand, RoutedEmail, RoutingCommand } from '../../src/domain/genesys-command'
import {
    NO_INTERACTION,
    transition,
    type RoutingSnapshot,
    type TransitionResult,
} from '../../src/domain/routing-machine'
import type { GenesysView, RoutingEvent } from '../../src/domain/routing-event'
import { isHeldByAgent, isTerminal } from '../../src/domain/routing-status'

const AGENTS = ['agent-a', 'agent-b', 'agent-c']
const QUEUES = ['11111111-2222-3333-4444-555555555555', '22222222-3333-4444-5555-666666666666']
const CONVERSATIONS = ['conv-1', 'conv-2']
const PARTICIPANTS = ['part-1', 'part-2', 'part-3']
const RESUME = '2025-01-02T09:00:00.000Z'
const EMAIL: RoutedEmail = {
    provider: 'ServiceNow',
    toAddress: 'support@example.com',
    fromAddress: 'ann@customer.example',
    subject: 'My invoice',
}

const START = NO_INTERACTION

const agentArb: fc.Arbitrary<GenesysView['agent']> = fc.option(
    fc.record({
        userSysId: fc.option(fc.constantFrom(...AGENTS), { freq: 6 }),
        genesysUserId: fc.constantFrom(...AGENTS.map((a) => `g-${a}`)),
        participantId: fc.constantFrom(...PARTICIPANTS),
        communicationId: fc.option(fc.constantFrom('comm-1', 'comm-2')),
        state: fc.constantFrom('alerting' as const, 'connected' as const, 'parked' as const),
        resumeTime: fc.option(fc.constant(RESUME)),
    }),
    { freq: 4 }
)

const viewArb: fc.Arbitrary<GenesysView> = fc.record({
    conversationId: fc.constantFrom(...CONVERSATIONS),
    ended: fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 }),
    queueId: fc.option(fc.constantFrom(...QUEUES)),
    inQueue: fc.boolean(),
    agent: agentArb,
})

const eventArb: fc.Arbitrary<RoutingEvent> = fc.oneof(
    fc.record({
        type: fc.constant('email_received' as const),
        queueId: fc.constantFrom(...QUEUES),
        email: fc.constant(EMAIL),
        chainTo: fc.option(fc.constantFrom(...CONVERSATIONS)),
    }),
    fc.option(fc.constant(RESUME)).map((resumeTime): RoutingEvent => ({ type: 'hold', resumeTime })),
    fc.constant<RoutingEvent>({ type: 'resume' }),
    fc.option(fc.constant(EMAIL)).map((email): RoutingEvent => ({ type: 'customer_reply', email })),
    fc.constantFrom(...QUEUES).map((queue): RoutingEvent => ({
        type: 'transfer',
        target: { kind: 'queue', genesysQueueId: queue, label: 'Billing' },
    })),
    fc.constantFrom(...AGENTS).map((agent): RoutingEvent => ({
        type: 'transfer',
        target: { kind: 'agent', userSysId: agent, genesysUserId: `g-${agent}`, label: agent },
    })),
    fc.constant<RoutingEvent>({ type: 'disconnect', wrapupCode: 'resolved' }),
    fc.constant<RoutingEvent>({ type: 'create_case', wrapupCode: 'case-created' }),
    // Reads are the most varied input: weight them up so every status meets many of them.
    { arbitrary: viewArb.map((view): RoutingEvent => ({ type: 'genesys_observed', view })), weight: 4 }
)

interface Step {
    readonly before: RoutingSnapshot
    readonly event: RoutingEvent
    readonly result: TransitionResult
    readonly after: RoutingSnapshot
}

function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object') {
        for (const inner of Object.values(value)) deepFreeze(inner)
        Object.freeze(value)
    }
    return value
}

/** Runs a sequence from "no interaction", calling `check` on every step (legal or not); inputs are frozen. */
function walk(events: RoutingEvent[], check: (step: Step) => void): void {
    let state: RoutingSnapshot = deepFreeze({ ...START })
    for (const event of events) {
        const result = transition(state, deepFreeze(event))
        const after: RoutingSnapshot = deepFreeze(
            result.ok
                ? { ...state, ...result.value.set, status: result.value.status, owner: result.value.owner }
                : state
        )
        check({ before: state, event, result, after })
        state = after
    }
}

/** A primitive expectation that only pays for `expect` when it fails (tens of thousands of steps per test). */
function is(actual: unknown, expected: unknown): void {
    if (actual !== expected) expect(actual).toBe(expected)
}

const sequences = fc.array(eventArb, { minLength: 1, maxLength: 40 })
const RUNS = { numRuns: 2000 }

const commandsOf = (result: TransitionResult): readonly RoutingCommand[] => (result.ok ? result.value.commands : [])
const genesysOf = (result: TransitionResult): GenesysCommand[] =>
    commandsOf(result).flatMap((c) => (c.to === 'genesys' ? [c.command as GenesysCommand] : []))
const linked = (s: RoutingSnapshot) => s.conversationId !== null && s.participantId !== null
const AGENT_ACTIONS: readonly RoutingEvent['type'][] = ['hold', 'resume', 'transfer', 'disconnect', 'create_case']

describe('routing state machine: invariants over random event sequences', () => {
    it('reaches every status and every event is tried in every status (the generators are not degenerate)', () => {
        const seen = new Set<string>()
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, result }) => {
                    if (result.ok) seen.add(`${before.status}+${event.type}`)
                })
            ),
            RUNS
        )
        for (const status of ['queued', 'connected', 'parked'])
            for (const event of ['customer_reply', 'genesys_observed']) expect(seen).toContain(`${status}+${event}`)
        for (const event of ['hold', 'transfer', 'disconnect', 'create_case'])
            expect(seen).toContain(`connected+${event}`)
        for (const event of ['resume', 'transfer', 'disconnect', 'create_case'])
            expect(seen).toContain(`parked+${event}`)
        for (const status of ['closed', 'abandoned']) expect(seen).toContain(`${status}+customer_reply`)
    })

    it('never changes the owner or routing on a customer reply while connected or parked', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, after }) => {
                    if (event.type !== 'customer_reply' || !isHeldByAgent(before.status)) return
                    is(after.owner, before.owner)
                    is(after.status, 'connected')
                    expect({ ...after, parkedUntil: null }).toEqual({
                        ...before,
                        status: 'connected',
                        parkedUntil: null,
                    })
                })
            ),
            RUNS
        )
    })

    it('never leaves closed or abandoned: only a follow-up, or nothing, comes out of them', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, result, after }) => {
                    if (!isTerminal(before.status)) return
                    expect(after).toEqual(before)
                    if (result.ok) expect(result.value.changed).toBe(false)
                    const commands = commandsOf(result)
                    expect(
                        commands.length === 0 ||
                            (commands.length === 1 &&
                                commands[0].to === 'servicenow' &&
                                commands[0].agree === 'eventually' &&
                                commands[0].command.kind === 'open_follow_up')
                    ).toBe(true)
                })
            ),
            RUNS
        )
    })

    it('ends every live interaction Genesys reports ended, without sending Genesys anything', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, result, after }) => {
                    if (event.type !== 'genesys_observed' || !event.view.ended || before.status === 'none') return
                    expect(result.ok).toBe(true)
                    expect(commandsOf(result)).toEqual([])
                    if (before.status === 'queued') expect(after).toMatchObject({ status: 'abandoned', owner: null })
                    if (isHeldByAgent(before.status))
                        expect(after).toMatchObject({ status: 'closed', owner: before.owner, parkedUntil: null })
                    expect(after.pendingTarget).toBeNull()
                })
            ),
            RUNS
        )
    })

    it('releases the owner and the participant on every accepted transfer', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ event, result, after }) => {
                    if (event.type !== 'transfer' || !result.ok) return
                    expect(after).toMatchObject({ status: 'queued', owner: null, participantId: null })
                    expect(after.pendingTarget).not.toBeNull()
                })
            ),
            RUNS
        )
    })

    it('has an owner exactly while an agent holds the interaction, until it closes', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ after }) => {
                    if (isHeldByAgent(after.status) && after.owner === null) expect(after.owner).not.toBeNull()
                    if (after.status === 'queued' || after.status === 'abandoned' || after.status === 'none')
                        is(after.owner, null)
                })
            ),
            RUNS
        )
    })

    it('changes nothing when it refuses an event, and says which status and event it refused', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, result, after }) => {
                    if (result.ok) return
                    is(after, before)
                    is(result.error.status, before.status)
                    is(result.error.event, event.type)
                    if (result.error.code !== 'invalid_transition') {
                        is(result.error.code, 'not_linked')
                        is(event.type, 'transfer')
                    }
                })
            ),
            RUNS
        )
    })

    it('reports changed exactly when status, owner or an id differs afterwards', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, result, after }) => {
                    if (!result.ok) return
                    const fields = Object.keys(START) as (keyof RoutingSnapshot)[]
                    is(
                        result.value.changed,
                        fields.some((field) => after[field] !== before[field])
                    )
                })
            ),
            RUNS
        )
    })

    it("never invents Genesys ids: every command names the snapshot's conversation and participant", () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, result }) => {
                    for (const command of genesysOf(result)) {
                        switch (command.kind) {
                            case 'create_conversation':
                                expect(event).toMatchObject({ type: 'email_received', chainTo: null })
                                if (event.type === 'email_received') expect(command.queueId).toBe(event.queueId)
                                break
                            case 'chain_reply':
                                if (event.type === 'email_received') {
                                    expect(command.conversationId).toBe(event.chainTo)
                                    expect(command.queueId).toBe(event.queueId)
                                } else {
                                    expect(command.conversationId).toBe(before.conversationId)
                                    expect(command.queueId).toBe(before.queueId)
                                }
                                expect(command.conversationId).not.toBeNull()
                                break
                            default:
                                expect(command.conversationId).toBe(before.conversationId)
                                expect(command.participantId).toBe(before.participantId)
                                expect(linked(before)).toBe(true)
                        }
                        if (command.kind === 'transfer_to_queue' && event.type === 'transfer')
                            expect(event.target).toMatchObject({ kind: 'queue', genesysQueueId: command.queueId })
                        if (command.kind === 'transfer_to_agent' && event.type === 'transfer')
                            expect(event.target).toMatchObject({ kind: 'agent', genesysUserId: command.userId })
                    }
                })
            ),
            RUNS
        )
    })

    it("puts every 'first' command before every 'eventually' one (must-agree, then persist, then deliver)", () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ result }) => {
                    const agree = commandsOf(result).map((c) => c.agree)
                    const lastFirst = agree.lastIndexOf('first')
                    const firstEventually = agree.indexOf('eventually')
                    if (lastFirst >= 0 && firstEventually >= 0) expect(lastFirst).toBeLessThan(firstEventually)
                })
            ),
            RUNS
        )
    })

    it('asks Genesys to agree first only for agent actions, and at most once', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ event, result }) => {
                    const firsts = commandsOf(result).filter((c) => c.to === 'genesys' && c.agree === 'first')
                    if (firsts.length > 1) expect(firsts).toHaveLength(1)
                    if (firsts.length > 0 && !AGENT_ACTIONS.includes(event.type))
                        expect(AGENT_ACTIONS).toContain(event.type)
                })
            ),
            RUNS
        )
    })

    it('sends no Genesys command for an agent action on an unlinked interaction (a transfer is not_linked)', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, result }) => {
                    if (!AGENT_ACTIONS.includes(event.type) || linked(before)) return
                    if (genesysOf(result).length > 0) expect(genesysOf(result)).toEqual([])
                    if (event.type === 'transfer' && isHeldByAgent(before.status)) {
                        const toOwner = event.target.kind === 'agent' && event.target.userSysId === before.owner
                        expect(!result.ok && result.error.code).toBe(toOwner ? 'invalid_transition' : 'not_linked')
                    }
                })
            ),
            RUNS
        )
    })

    it('never sends Genesys anything for what a read of the conversation shows', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ event, result }) => {
                    if (event.type === 'genesys_observed' && commandsOf(result).length > 0)
                        expect(commandsOf(result)).toEqual([])
                })
            ),
            RUNS
        )
    })

    it('follows the agent a live read shows: owner, participant and parked state come from Genesys', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, result, after }) => {
                    if (event.type !== 'genesys_observed' || !result.ok) return
                    const { view } = event
                    if (isTerminal(before.status) || view.ended) return
                    expect(after.conversationId).toBe(view.conversationId)
                    if (view.queueId) expect(after.queueId).toBe(view.queueId)
                    if (!view.agent && !view.inQueue) {
                        // Released: nobody routes it (disconnected in Genesys): closed, as our own Disconnect.
                        expect(after.status).toBe('closed')
                        return
                    }
                    if (!view.agent || view.agent.state === 'alerting') {
                        // An offer is not ownership: queued, showing whom it is offered to.
                        expect(after).toMatchObject({ status: 'queued', owner: null })
                        if (view.agent) expect(after.pendingTarget).toBe(`agent:${view.agent.genesysUserId}`)
                        return
                    }
                    expect(after).toMatchObject({
                        status: view.agent.state,
                        owner: view.agent.userSysId,
                        participantId: view.agent.participantId,
                        pendingTarget: null,
                        parkedUntil: view.agent.state === 'parked' ? view.agent.resumeTime : null,
                    })
                    if (view.agent.communicationId) expect(after.communicationId).toBe(view.agent.communicationId)
                    else if (view.agent.participantId !== before.participantId) expect(after.communicationId).toBeNull()
                    else expect(after.communicationId).toBe(before.communicationId)
                })
            ),
            RUNS
        )
    })

    it('refuses a live read naming an agent nobody mapped, and nothing else about a read', () => {
        fc.assert(
            fc.property(sequences, (events) =>
                walk(events, ({ before, event, result }) => {
                    if (event.type !== 'genesys_observed' || before.status === 'none') return
                    const unmapped =
                        !isTerminal(before.status) &&
                        !event.view.ended &&
                        event.view.agent !== null &&
                        event.view.agent.userSysId === null
                    is(result.ok, !unmapped)
                })
            ),
            RUNS
        )
    })
})
