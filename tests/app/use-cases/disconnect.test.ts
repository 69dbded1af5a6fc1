import { ACTORS, CONVERSATION, INTERACTION, PARTICIPANT, interactionIn } from '../support/fixtures'
import { expectError, expectOk, onlyRow } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

describe('disconnect with a wrap-up code', () => {
    it.each(['connected', 'parked'] as const)(
        'from %s: closes the interaction, keeps the owner, and disconnects in Genesys with the wrap-up in one call',
        (status) => {
            const world = createWorld({ interactions: [interactionIn(status)] })
            const done = expectOk(
                world.service.disconnect(ACTORS.owner, {
                    interactionSysId: INTERACTION,
                    wrapupCode: '3e5e1ced-0000-4000-8000-00000000005d',
                })
            )
            expect(world.genesys.calls).toEqual([
                {
                    method: 'disconnectWithWrapup',
                    args: [CONVERSATION, PARTICIPANT, { code: '3e5e1ced-0000-4000-8000-00000000005d' }],
                },
            ])
            expect(world.stored(INTERACTION)).toMatchObject({ status: 'closed', owner: 'user-alice' })
            expect(done).toMatchObject({
                outcome: 'applied',
                message: 'IMS0001 is closed; Genesys Cloud routes any later reply.',
            })
            expect(onlyRow(world)).toMatchObject({
                event: 'disconnect',
                fromStatus: status,
                toStatus: 'closed',
                outcome: 'applied',
            })
        }
    )

    it('uses the configured default wrap-up code when none is chosen', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(world.genesys.calls[0].args[2]).toEqual({ code: '3e5e1ced-0000-4000-8000-00000000000d' })
    })

    it('does not need the configuration when a code is chosen (a broken mapping never blocks closing)', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.config.breakWith({ property: 'x_gcer.genesys.queue_mappings', message: 'not valid JSON' })
        expectOk(
            world.service.disconnect(ACTORS.owner, {
                interactionSysId: INTERACTION,
                wrapupCode: '3e5e1ced-0000-4000-8000-00000000005d',
            })
        )
        expect(world.stored(INTERACTION)?.status).toBe('closed')
    })

    it('is a configuration error when no code is chosen and no default is configured', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.config.breakWith({ property: 'x_gcer.wrapup.default_disconnect', message: 'is empty' })
        expectError(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }), 'configuration')
        expect(world.stored(INTERACTION)).toEqual(before)
    })

    it.each([42, '', 'x'.repeat(101)])('rejects wrap-up code %p as invalid input', (code) => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const input = { interactionSysId: INTERACTION, wrapupCode: code as unknown as string }
        expectError(world.service.disconnect(ACTORS.owner, input), 'invalid_input')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
    })
})

describe('disconnect when Genesys cannot take the update', () => {
    it('keeps the close and queues the Genesys update when Genesys is down', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const done = expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(done.outcome).toBe('deferred')
        expect(done.message).toContain('will be sent to Genesys when it is available')
        expect(world.stored(INTERACTION)?.status).toBe('closed')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                interaction: INTERACTION,
                operation: 'disconnect',
                idempotencyKey: `${INTERACTION}:disconnect`,
                state: 'pending',
                attempts: 0,
                nextAttemptAtMs: world.clock.nowMs(),
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'deferred', toStatus: 'closed', correlationId: 'corr-503' })
    })

    it("makes the queued row wait for Genesys's Retry-After", () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.rateLimited(120))
        expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(world.outbox.rows[0].nextAttemptAtMs).toBe(world.clock.nowMs() + 120_000)
    })

    it('keeps the close and leaves a dead outbox row for an admin when Genesys refuses the wrap-up code', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.badRequest())
        const done = expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(done.outcome).toBe('failed')
        expect(done.message).toContain('Genesys was not updated')
        expect(done.message).toContain('bad_request HTTP 400 bad.request')
        expect(done.message).toContain('your administrator was notified through the Genesys outbox')
        expect(world.stored(INTERACTION)?.status).toBe('closed')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                interaction: INTERACTION,
                operation: 'disconnect',
                idempotencyKey: `${INTERACTION}:disconnect`,
                state: 'dead',
                lastError: expect.stringMatching(/^bad_request HTTP 400 bad.request: .*corr-400/),
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'failed', toStatus: 'closed', correlationId: 'corr-400' })
    })

    it('the dead row is sent again, once, after an admin fixes the cause and retries it', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.badRequest())
        expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(world.processor.processDue(world.clock.nowMs(), 10).examined).toBe(0)
        // What the Retry UI action does (src/platform/outbox-requeue.ts).
        world.outbox.rows[0] = { ...world.outbox.rows[0], state: 'pending', attempts: 0 }
        expect(world.processor.processDue(world.clock.nowMs(), 10)).toMatchObject({ delivered: 1 })
        expect(world.genesys.callsOf('disconnectWithWrapup')).toHaveLength(2)
    })

    it('reads the conversation when a repeat after no clear answer is refused: an ended participant means done', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        // The client's first attempt timed out and did the work; its repeat was refused.
        world.genesys.failNext('disconnectWithWrapup', { ...GENESYS_ERRORS.badRequest(), afterUnclearAttempt: true })
        world.genesys.setConversation(CONVERSATION, [
            { id: PARTICIPANT, purpose: 'agent', state: 'disconnected', userId: 'a1' },
        ])
        const done = expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(done.outcome).toBe('applied')
        expect(done.message).toContain('Genesys Cloud had already ended the agent participant')
        expect(world.outbox.rows).toEqual([])
    })

    it('treats 404 (the participant is already gone) as done: nothing left to disconnect, nothing queued', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.notFound())
        const done = expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(done.outcome).toBe('applied')
        expect(done.message).toBe(
            'IMS0001 is closed; Genesys Cloud routes any later reply. Genesys Cloud had already ended the agent participant, so there was nothing left to disconnect.'
        )
        expect(world.stored(INTERACTION)?.status).toBe('closed')
        expect(world.outbox.rows).toEqual([])
        expect(onlyRow(world)).toMatchObject({
            outcome: 'applied',
            toStatus: 'closed',
            correlationId: 'corr-404',
            message: done.message,
        })
    })

    it('closes an interaction without a Genesys participant in ServiceNow only', () => {
        const world = createWorld({ interactions: [interactionIn('connected', { participantId: null })] })
        const done = expectOk(world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION }))
        expect(done.outcome).toBe('applied')
        expect(done.message).toContain('nothing was sent to Genesys')
        expect(world.genesys.calls).toEqual([])
    })
})
