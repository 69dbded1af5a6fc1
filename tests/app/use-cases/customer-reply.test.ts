import {
    ACTORS,
    BILLING_QUEUE,
    CONVERSATION,
    CUSTOMER_EMAIL,
    INTERACTION,
    PARTICIPANT,
    interactionIn,
} from '../support/fixtures'
import { expectError, expectOk, onlyRow } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

const reply = { ...CUSTOMER_EMAIL, interactionSysId: INTERACTION, emailSysId: 'email-7' }

/** What Genesys receives for a chained reply (InboundMessageRequest): the conversation's queue, our provider. */
const CHAINED = {
    provider: 'ServiceNow Email',
    toAddress: CUSTOMER_EMAIL.toAddress,
    fromAddress: CUSTOMER_EMAIL.fromAddress,
    subject: CUSTOMER_EMAIL.subject,
    queueId: BILLING_QUEUE,
}

describe('customer reply', () => {
    it('chains the reply to the conversation; a parked email comes back to the same agent (Genesys un-parks it)', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        const done = expectOk(world.service.customerReply(reply))
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected', owner: ACTORS.owner.userSysId })
        expect(world.genesys.calls).toEqual([{ method: 'postInboundMessage', args: [CONVERSATION, CHAINED] }])
        expect(done.message).toContain('back in progress with the same agent')
        expect(onlyRow(world)).toMatchObject({
            event: 'customer_reply',
            fromStatus: 'parked',
            toStatus: 'connected',
            fromOwner: 'user-alice',
            toOwner: 'user-alice',
            outcome: 'applied',
        })
    })

    it('un-parks in ServiceNow first and queues the chained reply when Genesys is down', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('deferred')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({ operation: 'chain_reply', idempotencyKey: `${INTERACTION}:chain_reply:email-7` }),
        ])
    })

    it('keeps the reply in ServiceNow, records the failure and leaves a dead outbox row when Genesys refuses it', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('postInboundMessage', GENESYS_ERRORS.badRequest())
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('failed')
        expect(done.message).toContain('your administrator was notified through the Genesys outbox')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'chain_reply',
                state: 'dead',
                lastError: expect.stringContaining('bad_request HTTP 400'),
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'failed', correlationId: 'corr-400' })
    })

    it('un-parks the participant instead when the configuration cannot be read (no provider to chain with)', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.config.breakWith({ property: 'x_gcer.genesys.queue_mappings', message: 'not valid JSON' })
        expectOk(world.service.customerReply(reply))
        expect(world.genesys.calls).toEqual([{ method: 'unpark', args: [CONVERSATION, PARTICIPANT] }])
        expect(world.stored(INTERACTION)?.status).toBe('connected')
    })

    it('un-parks an interaction without a Genesys conversation in ServiceNow only', () => {
        const world = createWorld({
            interactions: [interactionIn('parked', { conversationId: null, participantId: null })],
        })
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('applied')
        expect(world.genesys.calls).toEqual([])
        expect(world.stored(INTERACTION)?.status).toBe('connected')
    })

    it.each(['connected', 'queued'] as const)(
        'keeps owner and routing of a %s interaction; the reply joins its conversation',
        (status) => {
            const before = interactionIn(status)
            const world = createWorld({ interactions: [before] })
            const done = expectOk(world.service.customerReply(reply))
            expect(done.outcome).toBe('applied')
            expect(world.stored(INTERACTION)).toEqual(before)
            expect(world.genesys.calls).toEqual([{ method: 'postInboundMessage', args: [CONVERSATION, CHAINED] }])
            expect(onlyRow(world)).toMatchObject({ outcome: 'applied', fromStatus: status, toStatus: status })
        }
    )

    it('changes nothing and sends nothing for a queued interaction whose conversation is not created yet', () => {
        const before = interactionIn('queued', { conversationId: null })
        const world = createWorld({ interactions: [before] })
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('unchanged')
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(world.genesys.calls).toEqual([])
    })

    it.each(['closed', 'abandoned'] as const)(
        'to a %s interaction opens a new queued interaction linked to it that follows the same conversation',
        (status) => {
            const closed = interactionIn(status)
            const world = createWorld({ interactions: [closed] })
            const done = expectOk(world.service.customerReply(reply))
            expect(world.stored(INTERACTION)).toEqual(closed)
            const opened = world.stored(done.interaction.sysId)
            expect(opened).toMatchObject({
                status: 'queued',
                owner: null,
                parent: INTERACTION,
                contact: closed.contact,
                account: closed.account,
                queueId: BILLING_QUEUE,
                conversationId: CONVERSATION,
            })
            expect(opened?.sysId).not.toBe(INTERACTION)
            // Genesys routes the reply with its standard logic: no second conversation.
            expect(world.genesys.calls).toEqual([{ method: 'postInboundMessage', args: [CONVERSATION, CHAINED] }])
            expect(world.interactions.findByConversationId(CONVERSATION)?.sysId).toBe(opened?.sysId)
            expect(done.message).toContain(`The customer replied to closed IMS0001, so ${opened?.number} was created`)
            expect(onlyRow(world)).toMatchObject({
                interaction: opened?.sysId,
                event: 'customer_reply',
                fromStatus: 'none',
                toStatus: 'queued',
            })
        }
    )

    it('to a closed interaction that never had a conversation routes the follow-up as a new email', () => {
        const world = createWorld({ interactions: [interactionIn('closed', { conversationId: null })] })
        const done = expectOk(world.service.customerReply(reply))
        expect(world.genesys.callsOf('createEmailConversation')).toHaveLength(1)
        expect(world.stored(done.interaction.sysId)?.conversationId).toBe('c0000000-0000-4000-8000-000000000001')
    })

    it('to a closed interaction fails with interaction_not_created when the platform refuses the new one', () => {
        const closed = interactionIn('closed')
        const world = createWorld({ interactions: [closed] })
        world.interactions.refuseCreates()
        expectError(world.service.customerReply(reply), 'interaction_not_created')
        expect([...world.interactions.rows.values()]).toEqual([closed])
        expect(world.genesys.calls).toEqual([])
        expect(world.outbox.rows).toEqual([])
        expect(world.events.entries).toEqual([])
    })

    it('is not_found when the matched interaction does not exist', () => {
        expectError(createWorld().service.customerReply(reply), 'not_found')
    })

    it('needs the email sys_id (it keys the chained reply)', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        expectError(world.service.customerReply({ ...reply, emailSysId: '' }), 'invalid_input')
        expect(world.stored(INTERACTION)?.status).toBe('parked')
    })
})

describe('a chained reply on an open interaction that Genesys answers unclearly or refuses', () => {
    const UNCERTAIN = 'uncertain: Genesys may have processed this request; check before Retry'
    const processDue = (world: ReturnType<typeof createWorld>) => world.processor.processDue(world.clock.nowMs(), 10)

    const UNCLEAR = [
        {
            what: 'timed out (maybe processed)',
            failure: { ...GENESYS_ERRORS.timeout(), maybeProcessed: true as const },
            described: 'timeout: no response within 8000 ms',
        },
        {
            what: 'got a 500',
            failure: {
                kind: 'server' as const,
                status: 500,
                message: 'Internal Server Error',
                correlationId: 'corr-500',
            },
            described: 'server HTTP 500: Internal Server Error (Genesys reference corr-500)',
        },
        {
            what: 'got a 2xx whose body is not JSON',
            failure: GENESYS_ERRORS.brokenBody(),
            described: 'invalid_response HTTP 200: HTTP 200 with a body that is not JSON',
        },
    ].flatMap((c) => (['connected', 'parked'] as const).map((status) => ({ ...c, status })))

    it.each(UNCLEAR)(
        '$status, $what: the reply could reach the conversation twice, so its row is dead and never sent again by the outbox',
        ({ status, failure, described }) => {
            const world = createWorld({ interactions: [interactionIn(status)] })
            world.genesys.failNext('postInboundMessage', failure)
            const done = expectOk(world.service.customerReply(reply))
            expect(done.outcome).toBe('failed')
            expect(done.message).toContain(
                `Genesys Cloud gave no clear answer (${failure.kind}) and may have carried out the update, so it is not sent again automatically; your administrator was notified through the Genesys outbox to check Genesys Cloud before retrying it.`
            )
            // ServiceNow keeps the reply's effect: a parked email is back with the same agent.
            expect(world.stored(INTERACTION)).toEqual({ ...interactionIn(status), status: 'connected' })
            expect(world.outbox.rows).toEqual([
                expect.objectContaining({
                    interaction: INTERACTION,
                    operation: 'chain_reply',
                    idempotencyKey: `${INTERACTION}:chain_reply:email-7`,
                    state: 'dead',
                    lastError: `${UNCERTAIN} (${described})`,
                }),
            ])
            expect(onlyRow(world)).toMatchObject({
                event: 'customer_reply',
                fromStatus: status,
                toStatus: 'connected',
                outcome: 'failed',
                correlationId: failure.correlationId ?? null,
            })
            // A reply is not settled by a read: nothing else is asked of Genesys, now or later.
            expect(world.genesys.calls.map((c) => c.method)).toEqual(['postInboundMessage'])
            world.clock.advanceSeconds(86_400)
            expect(processDue(world).examined).toBe(0)
            expect(world.genesys.calls.map((c) => c.method)).toEqual(['postInboundMessage'])
        }
    )

    it('401 (refused even with a fresh token): kept pending and sent again by the outbox, which then delivers it', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('postInboundMessage', {
            kind: 'auth',
            status: 401,
            code: 'bad.credentials',
            message: 'HTTP 401: Invalid login credentials.',
            correlationId: 'corr-401',
        })
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('deferred')
        expect(done.message).toContain(
            'Genesys Cloud is not available right now (auth); the update will be sent to Genesys when it is available.'
        )
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'chain_reply',
                state: 'pending',
                nextAttemptAtMs: world.clock.nowMs(),
                lastError:
                    'auth HTTP 401 bad.credentials: HTTP 401: Invalid login credentials. (Genesys reference corr-401)',
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'deferred', correlationId: 'corr-401' })
        expect(processDue(world)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.outbox.rows[0].state).toBe('done')
        expect(world.genesys.callsOf('postInboundMessage')).toHaveLength(2)
    })

    it('404 (Genesys has no such conversation): the row is dead for an admin, the interaction keeps its routing', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('postInboundMessage', {
            ...GENESYS_ERRORS.notFound(),
            message: 'Conversation not found',
        })
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('failed')
        expect(done.message).toContain(
            'Genesys Cloud did not accept the update (not_found HTTP 404 not.found: Conversation not found (Genesys reference corr-404)), so Genesys was not updated; your administrator was notified through the Genesys outbox and can retry it once the cause is fixed.'
        )
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'chain_reply',
                state: 'dead',
                lastError: 'not_found HTTP 404 not.found: Conversation not found (Genesys reference corr-404)',
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'failed', correlationId: 'corr-404' })
        world.clock.advanceSeconds(86_400)
        expect(processDue(world).examined).toBe(0)
        expect(world.genesys.callsOf('postInboundMessage')).toHaveLength(1)
    })

    it("429: kept pending until Genesys's Retry-After, then sent once more and delivered", () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('postInboundMessage', GENESYS_ERRORS.rateLimited(30))
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('deferred')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'chain_reply',
                state: 'pending',
                nextAttemptAtMs: world.clock.nowMs() + 30_000,
                lastError: 'rate_limited HTTP 429 too.many.requests: Rate limit exceeded (Genesys reference corr-429)',
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'deferred', correlationId: 'corr-429' })
        world.clock.advanceSeconds(29)
        expect(processDue(world).examined).toBe(0)
        world.clock.advanceSeconds(1)
        expect(processDue(world)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.genesys.callsOf('postInboundMessage')).toHaveLength(2)
        expect(world.outbox.rows[0]).toMatchObject({ state: 'done', attempts: 1 })
    })
})
