import { OUTBOX_DEFAULTS } from '../../src/app/outbox'
import { ACTORS, CONVERSATION, CUSTOMER_EMAIL, INTERACTION, PARTICIPANT, interactionIn } from './support/fixtures'
import { expectOk } from './support/expectations'
import { GENESYS_ERRORS } from './support/scripted-genesys'
import { createWorld, type World } from './support/world'

/** CONFIG: outboxBaseDelaySeconds 60, outboxMaxAttempts 4. */
function closedDuringOutage(): World {
    const world = createWorld({ interactions: [interactionIn('connected')] })
    world.genesys.goDown(GENESYS_ERRORS.unavailable())
    expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
    return world
}

const run = (world: World) => world.processor.processDue(world.clock.nowMs(), 10)
const disconnects = (world: World) => world.genesys.callsOf('disconnectWithWrapup')

describe('outbox: a disconnect made during a Genesys outage', () => {
    it('is retried with backoff while Genesys is down, then delivered exactly once when it is back', () => {
        const world = closedDuringOutage()
        expect(world.stored(INTERACTION)?.status).toBe('closed')
        expect(disconnects(world)).toHaveLength(1)

        // Still down: attempt 1 fails, next try after the base delay.
        expect(run(world)).toEqual({ examined: 1, delivered: 0, retried: 1, dead: 0, configProblem: null })
        expect(world.outbox.rows[0]).toMatchObject({
            state: 'pending',
            attempts: 1,
            nextAttemptAtMs: world.clock.nowMs() + 60_000,
            lastError: 'unavailable HTTP 503: Service Unavailable (Genesys reference corr-503)',
        })

        // Not due yet: nothing is sent.
        world.clock.advanceSeconds(59)
        expect(run(world).examined).toBe(0)

        // Genesys is back: delivered with the same call, marked done, history says so.
        world.genesys.recover()
        world.clock.advanceSeconds(1)
        expect(run(world)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.outbox.rows[0].state).toBe('done')
        const sent = disconnects(world)
        expect(sent).toHaveLength(3)
        expect(sent[2].args).toEqual([CONVERSATION, PARTICIPANT, { code: '3e5e1ced-0000-4000-8000-00000000000d' }])
        expect(world.events.entries.at(-1)).toMatchObject({
            interaction: INTERACTION,
            event: 'disconnect',
            outcome: 'applied',
            fromStatus: 'closed',
            toStatus: 'closed',
        })

        // A later run sends nothing.
        world.clock.advanceSeconds(3600)
        expect(run(world).examined).toBe(0)
        expect(disconnects(world)).toHaveLength(3)
    })

    it('doubles the wait after each failure', () => {
        const world = closedDuringOutage()
        const waits: number[] = []
        for (let i = 0; i < 3; i++) {
            run(world)
            const row = world.outbox.rows[0]
            waits.push((row.nextAttemptAtMs - world.clock.nowMs()) / 1000)
            world.clock.set(row.nextAttemptAtMs)
        }
        expect(waits).toEqual([60, 120, 240])
    })

    it("waits for Genesys's Retry-After when it is longer than the backoff", () => {
        const world = closedDuringOutage()
        world.genesys.goDown(GENESYS_ERRORS.rateLimited(300))
        run(world)
        expect(world.outbox.rows[0].nextAttemptAtMs).toBe(world.clock.nowMs() + 300_000)
    })

    it('gives up after the configured number of attempts and records why', () => {
        const world = closedDuringOutage()
        const reports = []
        for (let i = 0; i < 4; i++) {
            reports.push(run(world))
            world.clock.set(world.outbox.rows[0].nextAttemptAtMs)
        }
        expect(reports.map((r) => [r.retried, r.dead])).toEqual([
            [1, 0],
            [1, 0],
            [1, 0],
            [0, 1],
        ])
        expect(world.outbox.rows[0]).toMatchObject({
            state: 'dead',
            attempts: 4,
            lastError: expect.stringContaining('unavailable'),
        })
        expect(world.events.entries.at(-1)).toMatchObject({ outcome: 'failed', correlationId: 'corr-503' })
        expect(world.events.entries.at(-1)?.message).toContain('after 4 attempts')
        world.clock.advanceSeconds(86_400)
        expect(run(world).examined).toBe(0)
    })

    it('gives up at once when Genesys refuses (a wrap-up code not valid for the queue), leaving it for an admin', () => {
        const world = closedDuringOutage()
        world.genesys.recover()
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.badRequest())
        expect(run(world)).toMatchObject({ dead: 1, retried: 0 })
        expect(world.outbox.rows[0]).toMatchObject({ state: 'dead', attempts: 1 })
        expect(world.events.entries.at(-1)?.message).toContain('was refused by Genesys Cloud and will not be retried')
        expect(world.events.entries.at(-1)?.message).toContain('an administrator can retry it')
    })

    it('counts a 404 (the participant is already gone) as done: there is nothing left to disconnect', () => {
        const world = closedDuringOutage()
        world.genesys.recover()
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.notFound())
        expect(run(world)).toMatchObject({ delivered: 1, dead: 0, retried: 0 })
        expect(world.outbox.rows[0].state).toBe('done')
        expect(world.events.entries.at(-1)).toMatchObject({
            event: 'disconnect',
            outcome: 'applied',
            message:
                'The queued disconnect update was not needed: Genesys Cloud had already ended the agent participant, so there was nothing left to disconnect.',
        })
    })

    it('retries, never counts as done, a 404 from the token endpoint: the disconnect itself was never sent', () => {
        const world = closedDuringOutage()
        world.genesys.recover()
        world.genesys.failNext('disconnectWithWrapup', { ...GENESYS_ERRORS.notFound(), notSent: true })
        expect(run(world)).toMatchObject({ delivered: 0, retried: 1 })
        expect(world.outbox.rows[0]).toMatchObject({ state: 'pending', attempts: 1 })
    })

    it('sends it again after a 2xx whose body cannot be read: a disconnect is harmless to repeat', () => {
        const world = closedDuringOutage()
        world.genesys.recover()
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.brokenBody())
        expect(run(world)).toMatchObject({ retried: 1, dead: 0 })
        expect(world.outbox.rows[0].lastError).toMatch(/^no clear answer \(invalid_response/)
        world.clock.advanceSeconds(60)
        expect(run(world)).toMatchObject({ delivered: 1 })
        expect(world.outbox.rows[0].state).toBe('done')
    })

    /** Attempt 1 times out; attempt 2, a minute later, is refused while a read shows the participant `state`. */
    function timedOutThenRefused(state: string) {
        const world = closedDuringOutage()
        world.genesys.recover()
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.timeout())
        run(world)
        world.genesys.setConversation(CONVERSATION, [
            { id: PARTICIPANT, purpose: 'agent', state, userId: 'u', queueId: 'q' },
        ])
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.badRequest())
        world.clock.advanceSeconds(60)
        return world
    }

    it('after no clear answer, reads the conversation when the repeat is refused: a participant already ended means done', () => {
        // The timed-out attempt did end the participant: Genesys refuses the repeat.
        const world = timedOutThenRefused('disconnected')
        expect(run(world)).toMatchObject({ delivered: 1, dead: 0 })
        expect(world.genesys.callsOf('getEmailConversation')).toHaveLength(1)
        expect(world.outbox.rows[0].state).toBe('done')
        expect(world.events.entries.at(-1)?.message).toContain('Genesys Cloud had already ended the agent participant')
    })

    it('after no clear answer, a refusal the read does not explain stays refused, for an admin', () => {
        const world = timedOutThenRefused('connected')
        expect(run(world)).toMatchObject({ dead: 1 })
        expect(world.events.entries.at(-1)?.message).toContain('was refused by Genesys Cloud and will not be retried')
    })

    it('does not read on a first refusal: nothing suggests Genesys did the work', () => {
        const world = closedDuringOutage()
        world.genesys.recover()
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.badRequest())
        run(world)
        expect(world.genesys.callsOf('getEmailConversation')).toEqual([])
    })

    it('keeps retrying when the client throws unexpectedly, instead of losing the row', () => {
        const world = closedDuringOutage()
        world.genesys.api.disconnectWithWrapup = () => {
            throw new Error('socket hang up')
        }
        expect(run(world).retried).toBe(1)
        expect(world.outbox.rows[0].lastError).toContain('socket hang up')
    })

    it('uses the defaults when the configuration cannot be read, and reports the problem', () => {
        const world = closedDuringOutage()
        world.config.breakWith({ property: 'x_gcer.genesys.queue_mappings', message: 'not valid JSON' })
        const report = run(world)
        expect(report.configProblem).toBe('x_gcer.genesys.queue_mappings: not valid JSON')
        expect(world.outbox.rows[0].nextAttemptAtMs).toBe(world.clock.nowMs() + OUTBOX_DEFAULTS.baseDelaySeconds * 1000)
    })

    it('processes at most `limit` rows per run, oldest first', () => {
        const world = createWorld()
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const first = expectOk(world.service.emailReceived(CUSTOMER_EMAIL)).interaction
        world.clock.advanceSeconds(1)
        expectOk(world.service.emailReceived(CUSTOMER_EMAIL))
        world.genesys.recover()
        expect(world.processor.processDue(world.clock.nowMs(), 1)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.outbox.rows.find((r) => r.state === 'done')?.interaction).toBe(first.sysId)
    })
})

describe('outbox: routing a new email later', () => {
    it('stores the conversation id on the interaction once Genesys creates it', () => {
        const world = createWorld()
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const created = expectOk(world.service.emailReceived(CUSTOMER_EMAIL)).interaction
        world.genesys.recover()
        expect(run(world).delivered).toBe(1)
        expect(world.stored(created.sysId)?.conversationId).toBe('c0000000-0000-4000-8000-000000000001')
        expect(world.genesys.callsOf('createEmailConversation')[1].args[0]).toEqual(
            world.genesys.callsOf('createEmailConversation')[0].args[0]
        )
    })
})

describe('outbox: a create Genesys may already have carried out', () => {
    function createWaiting(): { world: World; sysId: string } {
        const world = createWorld()
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const created = expectOk(world.service.emailReceived(CUSTOMER_EMAIL)).interaction
        world.genesys.recover()
        return { world, sysId: created.sysId }
    }

    /** The queued create got no clear answer: pending, checked again after 300 s. */
    function unclear(world: World): void {
        world.genesys.failNext('createEmailConversation', { ...GENESYS_ERRORS.timeout(), maybeProcessed: true })
        expect(run(world)).toMatchObject({ examined: 1, retried: 1 })
        expect(world.outbox.rows[0]).toMatchObject({
            state: 'pending',
            lastError: expect.stringMatching(/^uncertain: Genesys may have processed this request; check before Retry/),
        })
        world.clock.advanceSeconds(300)
    }

    it('adopts the conversation the unclear create made, found by its attribute, and never creates a second', () => {
        const { world, sysId } = createWaiting()
        unclear(world)
        world.genesys.setConversation(CONVERSATION, [
            {
                id: 'p-customer',
                purpose: 'customer',
                state: 'connected',
                attributes: { servicenowInteractionSysId: sysId },
            },
        ])
        expect(run(world)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.stored(sysId)?.conversationId).toBe(CONVERSATION)
        expect(world.genesys.callsOf('createEmailConversation')).toHaveLength(2)
        expect(world.genesys.callsOf('findEmailConversationByAttribute')[0].args.slice(0, 2)).toEqual([
            'servicenowInteractionSysId',
            sysId,
        ])
        expect(world.events.entries.at(-1)?.message).toContain('was not routed a second time')
        world.clock.advanceSeconds(86_400)
        expect(run(world).examined).toBe(0)
    })

    it('sends the create again only when the lookup shows Genesys made no conversation', () => {
        const { world, sysId } = createWaiting()
        unclear(world)
        expect(run(world)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.genesys.callsOf('createEmailConversation')).toHaveLength(3)
        expect(world.stored(sysId)?.conversationId).toBe('c0000000-0000-4000-8000-000000000001')
    })

    it('keeps it pending, and sends nothing, while the lookup itself fails', () => {
        const { world } = createWaiting()
        unclear(world)
        world.genesys.failNext('findEmailConversationByAttribute', GENESYS_ERRORS.unavailable())
        expect(run(world)).toMatchObject({ examined: 1, retried: 1 })
        expect(world.genesys.callsOf('createEmailConversation')).toHaveLength(2)
        expect(world.outbox.rows[0].lastError).toMatch(/^uncertain: .*the lookup failed/)
    })

    it('is not sent when the interaction got its conversation meanwhile (linked when Genesys assigned it)', () => {
        const { world, sysId } = createWaiting()
        world.interactions.update(sysId, { conversationId: CONVERSATION })
        expect(run(world)).toMatchObject({ examined: 1, dead: 1 })
        expect(world.genesys.callsOf('createEmailConversation')).toHaveLength(1)
        expect(world.outbox.rows[0]).toMatchObject({
            state: 'dead',
            lastError: 'superseded: the interaction already has a Genesys conversation',
        })
    })
})

describe('outbox: rows it cannot use', () => {
    it.each([
        ['not JSON', 'disconnect', '{'],
        ['no command', 'disconnect', '{"event":"disconnect"}'],
        ['an unknown event', 'disconnect', '{"event":"nap","command":{"kind":"disconnect"}}'],
        [
            'a different command',
            'disconnect',
            '{"event":"hold","command":{"kind":"park","conversationId":"c","participantId":"p"}}',
        ],
        ['missing ids', 'unpark', '{"event":"resume","command":{"kind":"unpark","conversationId":"c"}}'],
        [
            'no wrap-up code',
            'disconnect',
            '{"event":"disconnect","command":{"kind":"disconnect","conversationId":"c","participantId":"p"}}',
        ],
        [
            'no email to chain',
            'chain_reply',
            '{"event":"customer_reply","command":{"kind":"chain_reply","conversationId":"c"}}',
        ],
    ] as const)('marks a row with %s dead without calling Genesys', (_what, operation, payload) => {
        const world = createWorld()
        world.outbox.add({ interaction: INTERACTION, operation, payload, idempotencyKey: 'k' }, 'pending', 0, null)
        expect(run(world)).toMatchObject({ examined: 1, dead: 1 })
        expect(world.outbox.rows[0].state).toBe('dead')
        expect(world.outbox.rows[0].lastError).toMatch(/^unusable outbox row: /)
        expect(world.genesys.calls).toEqual([])
    })
})

describe('outbox: a queued reply that reaches Genesys after its interaction closed', () => {
    /** A reply chained while Genesys was down; the interaction then closes before the outbox sends it. */
    function replyQueuedThenClosed(): World {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const reply = { ...CUSTOMER_EMAIL, interactionSysId: INTERACTION, emailSysId: 'email-7' }
        expect(expectOk(world.service.customerReply(reply)).outcome).toBe('deferred')
        world.interactions.update(INTERACTION, { status: 'closed', owner: null })
        world.genesys.recover()
        return world
    }
    const posts = (world: World) => world.genesys.callsOf('postInboundMessage')

    it('is sent once for a linked follow-up interaction', () => {
        const world = replyQueuedThenClosed()
        expect(run(world)).toMatchObject({ delivered: 1 })
        expect(posts(world)).toHaveLength(2)
        expect(world.outbox.rows[0].state).toBe('done')
        const followUps = [...world.interactions.rows.values()].filter((i) => i.sysId !== INTERACTION)
        expect(followUps).toEqual([expect.objectContaining({ conversationId: CONVERSATION })])
    })

    it('is never sent again by itself after no clear answer: the reply could reach the conversation twice', () => {
        const world = replyQueuedThenClosed()
        world.genesys.failNext('postInboundMessage', { ...GENESYS_ERRORS.timeout(), maybeProcessed: true })
        expect(run(world)).toMatchObject({ dead: 1 })
        expect(world.outbox.rows[0]).toMatchObject({ state: 'dead', lastError: expect.stringMatching(/^uncertain: /) })
        expect(world.events.entries.at(-1)).toMatchObject({ event: 'customer_reply', outcome: 'failed' })
        world.clock.advanceSeconds(3600)
        expect(run(world).examined).toBe(0)
        expect(posts(world)).toHaveLength(2)
    })

    it('is left for an admin, with a failed history row, when Genesys refuses it', () => {
        const world = replyQueuedThenClosed()
        world.genesys.failNext('postInboundMessage', GENESYS_ERRORS.badRequest())
        expect(run(world)).toMatchObject({ dead: 1 })
        expect(world.events.entries.at(-1)?.message).toContain('was refused by Genesys Cloud and will not be retried')
    })

    it('waits and tries again while Genesys is unavailable, up to the configured attempts', () => {
        const world = replyQueuedThenClosed()
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const states: string[] = []
        for (let i = 0; i < 4; i++) {
            run(world)
            states.push(world.outbox.rows[0].state)
            world.clock.advanceSeconds(3600)
        }
        expect(states).toEqual(['pending', 'pending', 'pending', 'dead'])
        // One follow-up interaction, however many attempts.
        expect([...world.interactions.rows.values()].filter((i) => i.sysId !== INTERACTION)).toHaveLength(1)
    })
})
