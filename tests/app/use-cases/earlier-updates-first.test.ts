import { encodePayload } from '../../../src/app/outbox-payload'
import {
    ACTORS,
    BOB,
    CONVERSATION,
    CUSTOMER_EMAIL,
    INTERACTION,
    NEW_PARTICIPANT,
    PARTICIPANT,
    SUPPORT_QUEUE,
    interactionIn,
} from '../support/fixtures'
import { expectError, expectOk } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld, type World } from '../support/world'

/**
 * Genesys receives an interaction's updates in the order they happened. An update deferred to the outbox (the
 * customer's reply, chained to the conversation while Genesys is down: it un-parks the email there) is sent before
 * any newer action on the same conversation, or the newer action waits: otherwise the late reply would undo the
 * agent's Hold. Eventual updates (a disconnect) queue behind it instead. CONFIG: outboxBaseDelaySeconds 60,
 * outboxMaxAttempts 4.
 */
const id = { interactionSysId: INTERACTION }
const reply = { ...CUSTOMER_EMAIL, interactionSysId: INTERACTION, emailSysId: 'email-7' }

/** Parked; the customer replied during an outage: connected in ServiceNow, the chained reply waits in the outbox. */
function replyWaiting(): World {
    const world = createWorld({ interactions: [interactionIn('parked')] })
    world.genesys.goDown(GENESYS_ERRORS.unavailable())
    expect(expectOk(world.service.customerReply(reply)).outcome).toBe('deferred')
    expect(world.outbox.rows).toEqual([expect.objectContaining({ operation: 'chain_reply', state: 'pending' })])
    world.genesys.calls.length = 0
    world.events.entries.length = 0
    return world
}

const sent = (world: World) => world.genesys.calls.map((c) => c.method)

describe('an earlier update still in the outbox goes to Genesys before the agent action', () => {
    it("sends the chained reply before the agent's later Hold: Genesys ends parked, as ServiceNow says", () => {
        const world = replyWaiting()
        world.genesys.recover()
        const done = expectOk(world.service.hold(ACTORS.owner, id))
        expect(sent(world)).toEqual(['postInboundMessage', 'park'])
        expect(world.outbox.rows[0].state).toBe('done')
        expect(done.message).toBe('IMS0001 is On Hold (parked).')
        expect(world.stored(INTERACTION)?.status).toBe('parked')
        expect(world.events.entries.map((e) => `${e.event}:${e.outcome}`)).toEqual([
            'customer_reply:applied',
            'hold:applied',
        ])

        // The outbox job has nothing left to send later.
        world.clock.advanceSeconds(3600)
        expect(world.processor.processDue(world.clock.nowMs(), 10).examined).toBe(0)
        expect(sent(world)).toEqual(['postInboundMessage', 'park'])
    })

    it.each([
        [
            'transfer to a queue',
            (w: World) => w.service.transfer(ACTORS.owner, { ...id, target: `queue:${SUPPORT_QUEUE}` }),
        ],
        [
            'transfer to an agent',
            (w: World) => w.service.transfer(ACTORS.owner, { ...id, target: `agent:${BOB.userSysId}` }),
        ],
    ])('sends it before a %s, so it never reaches the replaced participant', (_what, act) => {
        const world = replyWaiting()
        world.genesys.recover()
        expectOk(act(world))
        expect(sent(world)).toEqual(['postInboundMessage', expect.stringMatching(/^transferTo/)])
        expect(world.outbox.rows[0].state).toBe('done')
    })

    it('refuses Hold while the chained reply still cannot be sent, changes nothing, and says when to try again', () => {
        const world = replyWaiting()
        const before = world.stored(INTERACTION)
        const error = expectError(world.service.hold(ACTORS.owner, id), 'genesys_unavailable')
        expect(error.message).toBe(
            'An earlier update to Genesys Cloud for IMS0001 is still waiting to be sent; try again in 60 seconds. Nothing was changed.'
        )
        expect(error.genesys).toMatchObject({ kind: 'unavailable', status: 503 })
        // Only the reply was tried (through the outbox bookkeeping); the park never went out.
        expect(sent(world)).toEqual(['postInboundMessage'])
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'chain_reply',
                state: 'pending',
                attempts: 1,
                nextAttemptAtMs: world.clock.nowMs() + 60_000,
                lastError: expect.stringContaining('unavailable HTTP 503'),
            }),
        ])
        expect(world.events.entries).toEqual([
            expect.objectContaining({
                event: 'hold',
                outcome: 'failed',
                fromStatus: 'connected',
                toStatus: 'connected',
                actor: ACTORS.owner.userSysId,
                correlationId: 'corr-503',
                message: error.message,
            }),
        ])
    })

    it("waits as long as Genesys's Retry-After when it asks for longer than the backoff", () => {
        const world = replyWaiting()
        world.genesys.goDown(GENESYS_ERRORS.rateLimited(300))
        const error = expectError(world.service.hold(ACTORS.owner, id), 'genesys_unavailable')
        expect(error.message).toBe(
            'An earlier update to Genesys Cloud for IMS0001 is still waiting to be sent; try again in 300 seconds. Nothing was changed.'
        )
        expect(sent(world)).toEqual(['postInboundMessage'])
    })

    it('refuses a transfer the same way, before asking Genesys to replace the participant', () => {
        const world = replyWaiting()
        const input = { ...id, target: `queue:${SUPPORT_QUEUE}` }
        const error = expectError(world.service.transfer(ACTORS.owner, input), 'genesys_unavailable')
        expect(error.message).toMatch(/^An earlier update to Genesys Cloud for IMS0001 is still waiting to be sent/)
        expect(sent(world)).toEqual(['postInboundMessage'])
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected', participantId: PARTICIPANT })
        expect(world.events.entries.at(-1)).toMatchObject({
            event: 'transfer',
            outcome: 'failed',
            target: 'queue:' + SUPPORT_QUEUE,
        })
    })

    it('lets the newer action go ahead once the earlier update has used its last attempt (dead, for an admin)', () => {
        const world = replyWaiting()
        world.outbox.rows[0] = { ...world.outbox.rows[0], attempts: 3 }
        world.genesys.recover()
        world.genesys.failNext('postInboundMessage', GENESYS_ERRORS.unavailable())
        expectOk(world.service.hold(ACTORS.owner, id))
        expect(sent(world)).toEqual(['postInboundMessage', 'park'])
        expect(world.outbox.rows[0]).toMatchObject({ state: 'dead', attempts: 4 })
        expect(world.stored(INTERACTION)?.status).toBe('parked')
    })

    it('costs nothing extra on the way when nothing is pending: the one Genesys call of the action', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectOk(world.service.hold(ACTORS.owner, id))
        expect(sent(world)).toEqual(['park'])
        expect(world.config.reads()).toBe(0)
    })
})

describe('an outbox row for a participant the interaction no longer has', () => {
    /** A pending un-park aimed at the participant a transfer replaced (as an admin's Retry of an old row leaves it). */
    function staleUnpark(world: World): void {
        const command = { kind: 'unpark' as const, conversationId: CONVERSATION, participantId: PARTICIPANT }
        const payload = encodePayload('customer_reply', command)
        world.outbox.add(
            { interaction: INTERACTION, operation: 'unpark', payload, idempotencyKey: 'k' },
            'pending',
            0,
            null
        )
    }

    it('is not sent by an agent action: marked dead as superseded, and the action goes ahead', () => {
        const world = createWorld({ interactions: [interactionIn('connected', { participantId: NEW_PARTICIPANT })] })
        staleUnpark(world)
        expectOk(world.service.hold(ACTORS.owner, id))
        expect(world.genesys.calls).toEqual([{ method: 'park', args: [CONVERSATION, NEW_PARTICIPANT] }])
        expect(world.outbox.rows[0]).toMatchObject({ state: 'dead', lastError: 'superseded: participant changed' })
    })

    it('is not sent by the outbox job either', () => {
        const world = createWorld({ interactions: [interactionIn('queued', { participantId: null })] })
        staleUnpark(world)
        expect(world.processor.processDue(world.clock.nowMs(), 10)).toMatchObject({ examined: 1, dead: 1 })
        expect(world.genesys.calls).toEqual([])
        expect(world.outbox.rows[0]).toMatchObject({ state: 'dead', lastError: 'superseded: participant changed' })
        expect(world.events.entries.at(-1)).toMatchObject({
            event: 'customer_reply',
            outcome: 'unchanged',
            message:
                'The queued unpark update was not sent to Genesys Cloud: it no longer applies (superseded: participant changed).',
        })
    })
})

describe('a disconnect after a chained reply that is still waiting', () => {
    it('sends the reply first, then disconnects the participant: the customer’s message is never dropped', () => {
        const world = replyWaiting()
        world.genesys.recover()
        const done = expectOk(world.service.disconnect(ACTORS.owner, id))
        expect(done.outcome).toBe('applied')
        expect(sent(world)).toEqual(['postInboundMessage', 'disconnectWithWrapup'])
        expect(world.outbox.rows.map((r) => `${r.operation}:${r.state}`)).toEqual(['chain_reply:done'])
    })

    it('closes during the outage too: the disconnect queues behind the reply and the job sends both in order', () => {
        const world = replyWaiting()
        const done = expectOk(world.service.disconnect(ACTORS.owner, id))
        expect(done.outcome).toBe('deferred')
        expect(world.stored(INTERACTION)?.status).toBe('closed')
        expect(world.outbox.rows.map((r) => `${r.operation}:${r.state}`)).toEqual([
            'chain_reply:pending',
            'disconnect:pending',
        ])
        world.genesys.recover()
        world.genesys.calls.length = 0
        // The disconnect is due now but waits for the reply, which is due only after its backoff.
        expect(world.processor.processDue(world.clock.nowMs(), 10).examined).toBe(0)
        world.clock.advanceSeconds(60)
        expect(world.processor.run()).toMatchObject({ examined: 2, delivered: 2 })
        expect(sent(world)).toEqual(['postInboundMessage', 'disconnectWithWrapup'])
    })

    it('a pending un-park (a reply that could not be chained) is superseded by the disconnect instead', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const command = { kind: 'unpark' as const, conversationId: CONVERSATION, participantId: PARTICIPANT }
        const payload = encodePayload('customer_reply', command)
        world.outbox.add(
            { interaction: INTERACTION, operation: 'unpark', payload, idempotencyKey: 'k' },
            'pending',
            0,
            null
        )
        expectOk(world.service.createCase(ACTORS.owner, id))
        expect(sent(world)).toEqual(['disconnectWithWrapup'])
        expect(world.outbox.rows[0]).toMatchObject({
            operation: 'unpark',
            state: 'done',
            lastError: expect.stringMatching(/^superseded: the agent disconnected the participant/),
        })
    })
})
