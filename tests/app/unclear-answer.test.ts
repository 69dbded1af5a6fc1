import type { ConversationParticipant } from '../../src/genesys/genesys-api'
import type { GenesysError } from '../../src/genesys/genesys-error'
import { ACTORS, BOB, CONVERSATION, INTERACTION, PARTICIPANT, SUPPORT_QUEUE, interactionIn } from './support/fixtures'
import { expectError, expectNothingChanged, expectOk, onlyRow } from './support/expectations'
import { GENESYS_ERRORS } from './support/scripted-genesys'
import { createWorld, type World } from './support/world'

/**
 * An unclear answer (timeout, reset, 500, 502/504, broken body) means "unknown", not "failed": before the agent is
 * told anything, ServiceNow reads the conversation and tells the truth. Done: the action stands. Not done: nothing
 * changed, and that is now known. Still unknown: ServiceNow changes nothing yet and the reconciler settles it.
 */
const id = { interactionSysId: INTERACTION }
const agent = (state: string): ConversationParticipant => ({ id: PARTICIPANT, purpose: 'agent', state, userId: 'a1' })
const unclear = { ...GENESYS_ERRORS.timeout(), maybeProcessed: true as const }

describe('a refusal of the client’s repeat after no clear answer', () => {
    it('Resume: the first attempt un-parked it and the repeat was refused -> read, and Resume stands', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('unpark', { ...GENESYS_ERRORS.badRequest(), afterUnclearAttempt: true })
        world.genesys.setConversation(CONVERSATION, [agent('connected')])
        expectOk(world.service.resume(ACTORS.owner, id))
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['unpark', 'getEmailConversation'])
    })

    it('Resume: the read shows it still parked -> the refusal stands, nothing changed', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('unpark', { ...GENESYS_ERRORS.badRequest(), afterUnclearAttempt: true })
        world.genesys.setConversation(CONVERSATION, [agent('parked')])
        const refused = expectError(world.service.resume(ACTORS.owner, id), 'genesys_refused')
        expect(refused.message).toMatch(/Nothing was changed\.$/)
        expect(world.stored(INTERACTION)?.status).toBe('parked')
    })
})

describe('an answer that is clear after all', () => {
    it('Hold whose token request timed out: the park was never sent, so nothing changed, and no read is needed', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('park', { ...GENESYS_ERRORS.timeout(), notSent: true })
        const refused = expectError(world.service.hold(ACTORS.owner, id), 'genesys_unavailable')
        expect(refused.message).toContain('Nothing was changed.')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['park'])
    })
})

describe('a must-agree command answered unclearly', () => {
    it('Hold: Genesys parked it after all -> the interaction is On Hold and the agent is told so', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('park', GENESYS_ERRORS.timeout())
        world.genesys.setConversation(CONVERSATION, [agent('parked')])
        const done = expectOk(world.service.hold(ACTORS.owner, id))
        expect(done.message).toBe('IMS0001 is On Hold (parked).')
        expect(world.stored(INTERACTION)?.status).toBe('parked')
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['park', 'getEmailConversation'])
    })

    it('Hold: the read shows it still connected -> nothing changed, and the message says so truthfully', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('park', { kind: 'server', status: 500, message: 'Internal Server Error' })
        world.genesys.setConversation(CONVERSATION, [agent('connected')])
        const error = expectError(world.service.hold(ACTORS.owner, id), 'genesys_unavailable')
        expect(error.message).toMatch(/Nothing was changed\.$/)
        expect(world.stored(INTERACTION)).toEqual(before)
    })

    it('Transfer: Genesys replaced the participant after all -> transferred, owner released', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('transferToQueue', unclear)
        world.genesys.setConversation(CONVERSATION, [agent('disconnected')])
        expectOk(world.service.transfer(ACTORS.owner, { ...id, target: `queue:${SUPPORT_QUEUE}` }))
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'queued', owner: null, queueId: SUPPORT_QUEUE })
    })

    it('Transfer: the read fails too -> ServiceNow changes nothing yet, says so, and leaves it to the reconciler', () => {
        const world = createWorld({ interactions: [interactionIn('connected', { confirmedAtMs: 1 })] })
        world.genesys.failNext('transferToAgent', unclear)
        world.genesys.failNext('getEmailConversation', GENESYS_ERRORS.unavailable())
        const error = expectError(
            world.service.transfer(ACTORS.owner, { ...id, target: `agent:${BOB.userSysId}` }),
            'genesys_unavailable'
        )
        expect(error.message).toContain('reads Genesys again within minutes and follows what Genesys did')
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'connected',
            owner: ACTORS.owner.userSysId,
            confirmedAtMs: null,
        })
        expect(world.events.entries.at(-1)).toMatchObject({ event: 'transfer', outcome: 'failed' })

        // The reconciler reads it first (never confirmed) and follows Genesys: it did the transfer.
        world.genesys.setConversation(CONVERSATION, [
            agent('disconnected'),
            { id: 'p-bob', purpose: 'agent', state: 'connected', userId: BOB.genesysUserId },
        ])
        expect(world.reconcile()).toMatchObject({ examined: 1, corrected: 1 })
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'connected',
            owner: BOB.userSysId,
            participantId: 'p-bob',
        })
    })
})

const SERVER_ERROR = {
    kind: 'server' as const,
    status: 500,
    message: 'Internal Server Error',
    correlationId: 'corr-500',
}
const BAD_GATEWAY = { kind: 'unavailable' as const, status: 502, message: 'Bad Gateway', correlationId: 'corr-502' }
/** What the client hands back for each unclear answer to an idempotent PATCH (park, unpark): never maybeProcessed. */
const UNCLEAR_TO_A_STATE_SETTER = [
    ['timed out', GENESYS_ERRORS.timeout()],
    ['got a 500', SERVER_ERROR],
    ['got a 502', BAD_GATEWAY],
    ['got a 504', GENESYS_ERRORS.gatewayTimeout()],
    ['got a 2xx whose body is not JSON', GENESYS_ERRORS.brokenBody()],
] as const

describe('Resume answered unclearly: settled by reading the conversation', () => {
    it.each(UNCLEAR_TO_A_STATE_SETTER)(
        'the un-park %s, the read shows the participant connected -> back in progress, as if Genesys had said yes',
        (_what, failure) => {
            const world = createWorld({ interactions: [interactionIn('parked')] })
            world.genesys.failNext('unpark', failure)
            world.genesys.setConversation(CONVERSATION, [agent('connected')])
            const done = expectOk(world.service.resume(ACTORS.owner, id))
            expect(done).toMatchObject({ outcome: 'applied', message: 'IMS0001 is back in progress.' })
            expect(world.stored(INTERACTION)).toEqual({ ...interactionIn('parked'), status: 'connected' })
            expect(world.genesys.calls).toEqual([
                { method: 'unpark', args: [CONVERSATION, PARTICIPANT] },
                { method: 'getEmailConversation', args: [CONVERSATION] },
            ])
            expect(world.outbox.rows).toEqual([])
            expect(onlyRow(world)).toMatchObject({
                event: 'resume',
                fromStatus: 'parked',
                toStatus: 'connected',
                fromOwner: 'user-alice',
                toOwner: 'user-alice',
                outcome: 'applied',
                correlationId: null,
            })
        }
    )

    it.each([
        ['timed out', GENESYS_ERRORS.timeout(), 'Genesys Cloud did not answer in time; try again in a minute.'],
        ['got a 500', SERVER_ERROR, 'Genesys Cloud is unavailable (HTTP 500); try again in a minute.'],
        ['got a 502', BAD_GATEWAY, 'Genesys Cloud is unavailable (HTTP 502); try again in a minute.'],
        [
            'got a 504',
            GENESYS_ERRORS.gatewayTimeout(),
            'Genesys Cloud is unavailable (HTTP 504); try again in a minute.',
        ],
    ] as const)(
        'the un-park %s, the read shows it still parked -> nothing changed, nothing queued, one failed row',
        (_what, failure, advice) => {
            const before = interactionIn('parked', { confirmedAtMs: 1 })
            const world = createWorld({ interactions: [before] })
            world.genesys.failNext('unpark', failure)
            world.genesys.setConversation(CONVERSATION, [agent('parked')])
            const error = expectError(world.service.resume(ACTORS.owner, id), 'genesys_unavailable')
            expect(error.message).toBe(`${advice} Nothing was changed.`)
            expect(error.genesys).toEqual(failure)
            // Known not done: the interaction keeps even its confirmation time.
            expectNothingChanged(world, before, 2)
            expect(world.genesys.callsOf('getEmailConversation')).toHaveLength(1)
            expect(onlyRow(world)).toMatchObject({
                event: 'resume',
                fromStatus: 'parked',
                toStatus: 'parked',
                outcome: 'failed',
                message: error.message,
                correlationId: failure.correlationId ?? null,
            })
        }
    )

    it('the un-park got a 2xx whose body is not JSON, the read shows it still parked -> nothing changed, one failed row', () => {
        const before = interactionIn('parked', { confirmedAtMs: 1 })
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('unpark', GENESYS_ERRORS.brokenBody())
        world.genesys.setConversation(CONVERSATION, [agent('parked')])
        const result = world.service.resume(ACTORS.owner, id)
        expect(result.ok).toBe(false)
        expectNothingChanged(world, before, 2)
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['unpark', 'getEmailConversation'])
        expect(onlyRow(world)).toMatchObject({ event: 'resume', toStatus: 'parked', outcome: 'failed' })
        expect(onlyRow(world).message).toMatch(/Nothing was changed\.$/)
    })

    it.each(UNCLEAR_TO_A_STATE_SETTER)(
        'the un-park %s and the read fails too -> ServiceNow changes nothing but its confirmation, for the reconciler',
        (_what, failure) => {
            const before = interactionIn('parked', { confirmedAtMs: 1 })
            const world = createWorld({ interactions: [before] })
            world.genesys.failNext('unpark', failure)
            world.genesys.failNext('getEmailConversation', GENESYS_ERRORS.unavailable())
            const error = expectError(world.service.resume(ACTORS.owner, id), 'genesys_unavailable')
            expect(error.message).toBe(
                `Genesys Cloud gave no clear answer when asked to un-park the email and could not be checked right away (${failure.kind}). ServiceNow has not changed IMS0001; it reads Genesys again within minutes and follows what Genesys did.`
            )
            expect(world.stored(INTERACTION)).toEqual({ ...before, confirmedAtMs: null })
            expect(world.outbox.rows).toEqual([])
            expect(world.genesys.calls.map((c) => c.method)).toEqual(['unpark', 'getEmailConversation'])
            expect(onlyRow(world)).toMatchObject({
                event: 'resume',
                fromStatus: 'parked',
                toStatus: 'parked',
                outcome: 'failed',
                correlationId: failure.correlationId ?? null,
            })
        }
    )
})

/**
 * Hold and Transfer (queue, agent) answered unclearly, as the client hands it back: a transfer is not safe to
 * repeat, so its reset or 502/504 carries maybeProcessed; a park is, so its answers do not. A 2xx with a broken body
 * never carries it. Each is settled by one read of the conversation.
 */
const reset = (maybe: boolean): GenesysError => ({
    kind: 'network',
    status: 0,
    message: 'Network failure: Connection reset',
    ...(maybe ? { maybeProcessed: true as const } : {}),
})
const gateway = (status: 502 | 504, maybe: boolean): GenesysError => ({
    kind: 'unavailable',
    status,
    message: status === 502 ? 'Bad Gateway' : 'Gateway Timeout',
    correlationId: `corr-${status}`,
    retryAfterSeconds: 3,
    ...(maybe ? { maybeProcessed: true as const } : {}),
})

interface MustAgree {
    readonly name: string
    readonly method: 'park' | 'transferToQueue' | 'transferToAgent'
    readonly notSafeToRepeat: boolean
    readonly act: (world: World) => ReturnType<World['service']['hold']>
    /** The agent participant as a read shows it once Genesys carried the command out. */
    readonly doneState: string
    /** What ServiceNow then holds. */
    readonly doneAs: { readonly status: string; readonly owner: string | null }
}

const HOLD: MustAgree = {
    name: 'Hold',
    method: 'park',
    notSafeToRepeat: false,
    act: (world) => world.service.hold(ACTORS.owner, id),
    doneState: 'parked',
    doneAs: { status: 'parked', owner: 'user-alice' },
}
const TO_QUEUE: MustAgree = {
    name: 'Transfer to a queue',
    method: 'transferToQueue',
    notSafeToRepeat: true,
    act: (world) => world.service.transfer(ACTORS.owner, { ...id, target: `queue:${SUPPORT_QUEUE}` }),
    doneState: 'disconnected',
    doneAs: { status: 'queued', owner: null },
}
const TO_AGENT: MustAgree = {
    name: 'Transfer to an agent',
    method: 'transferToAgent',
    notSafeToRepeat: true,
    act: (world) => world.service.transfer(ACTORS.owner, { ...id, target: `agent:${BOB.userSysId}` }),
    doneState: 'disconnected',
    doneAs: { status: 'queued', owner: null },
}

const UNCLEAR_CASES = [HOLD, TO_QUEUE, TO_AGENT].flatMap((command) => [
    { command, what: 'connection reset', failure: reset(command.notSafeToRepeat), advice: 'is unavailable (network)' },
    { command, what: '502', failure: gateway(502, command.notSafeToRepeat), advice: 'is unavailable (HTTP 502)' },
    { command, what: '504', failure: gateway(504, command.notSafeToRepeat), advice: 'is unavailable (HTTP 504)' },
    {
        command,
        what: '2xx whose body is not JSON',
        failure: GENESYS_ERRORS.brokenBody(),
        advice: 'answered with something ServiceNow could not read',
    },
])

/** The interaction as the same action leaves it when Genesys answers yes at once. */
function afterClearYes(command: MustAgree) {
    const world = createWorld({ interactions: [interactionIn('connected')] })
    const done = expectOk(command.act(world))
    return { stored: world.stored(INTERACTION), message: done.message, row: onlyRow(world) }
}

describe('Hold and Transfer answered unclearly: settled by reading the conversation', () => {
    it.each(UNCLEAR_CASES)(
        '$command.name, $what: the read shows it carried out -> the action stands, as after a clear yes',
        ({ command, failure }) => {
            const world = createWorld({ interactions: [interactionIn('connected')] })
            world.genesys.failNext(command.method, failure)
            world.genesys.setConversation(CONVERSATION, [agent(command.doneState)])
            const done = expectOk(command.act(world))
            const yes = afterClearYes(command)
            expect(done).toMatchObject({ outcome: 'applied', message: yes.message })
            expect(world.stored(INTERACTION)).toMatchObject(command.doneAs)
            expect(world.stored(INTERACTION)).toEqual(yes.stored)
            expect(world.genesys.calls.map((c) => c.method)).toEqual([command.method, 'getEmailConversation'])
            expect(world.outbox.rows).toEqual([])
            expect(onlyRow(world)).toEqual(yes.row)
        }
    )

    it.each(UNCLEAR_CASES)(
        '$command.name, $what: the read shows the agent still connected -> nothing changed, one failed row',
        ({ command, failure, advice }) => {
            const before = interactionIn('connected', { confirmedAtMs: 1 })
            const world = createWorld({ interactions: [before] })
            world.genesys.failNext(command.method, failure)
            world.genesys.setConversation(CONVERSATION, [agent('connected')])
            const result = command.act(world)
            const error = expectError(result, 'genesys_unavailable')
            expect(error.message).toBe(`Genesys Cloud ${advice}; try again in a minute. Nothing was changed.`)
            expectNothingChanged(world, before, 2)
            expect(world.genesys.calls.map((c) => c.method)).toEqual([command.method, 'getEmailConversation'])
            expect(onlyRow(world)).toMatchObject({
                fromStatus: 'connected',
                toStatus: 'connected',
                fromOwner: 'user-alice',
                toOwner: 'user-alice',
                outcome: 'failed',
                correlationId: failure.correlationId ?? null,
            })
            expect(onlyRow(world).message).toMatch(/Nothing was changed\.$/)
        }
    )

    it.each(UNCLEAR_CASES)(
        '$command.name, $what, and the read fails too -> nothing changed but the confirmation, for the reconciler',
        ({ command, failure }) => {
            const before = interactionIn('connected', { confirmedAtMs: 1 })
            const world = createWorld({ interactions: [before] })
            world.genesys.failNext(command.method, failure)
            world.genesys.failNext('getEmailConversation', GENESYS_ERRORS.unavailable())
            const error = expectError(command.act(world), 'genesys_unavailable')
            expect(error.message).toMatch(
                new RegExp(
                    `^Genesys Cloud gave no clear answer when asked to .+ and could not be checked right away \\(${failure.kind}\\)\\. ServiceNow has not changed IMS0001; it reads Genesys again within minutes and follows what Genesys did\\.$`
                )
            )
            expect(world.stored(INTERACTION)).toEqual({ ...before, confirmedAtMs: null })
            expect(world.outbox.rows).toEqual([])
            expect(world.genesys.calls.map((c) => c.method)).toEqual([command.method, 'getEmailConversation'])
            expect(onlyRow(world)).toMatchObject({ toStatus: 'connected', toOwner: 'user-alice', outcome: 'failed' })
        }
    )
})
