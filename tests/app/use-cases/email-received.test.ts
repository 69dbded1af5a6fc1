import { BILLING_QUEUE, CONFIG, CUSTOMER_EMAIL, SUPPORT_QUEUE } from '../support/fixtures'
import { expectError, expectOk, onlyRow } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

const email = { ...CUSTOMER_EMAIL, contact: 'contact-9', account: 'account-9' }

describe('email received (a new customer email with no open interaction)', () => {
    it('fails with interaction_not_created when the platform refuses the interaction: nothing goes to Genesys', () => {
        const world = createWorld()
        world.interactions.refuseCreates()
        const error = expectError(world.service.emailReceived(email), 'interaction_not_created')
        expect(error.message).toContain('could not be saved as an interaction, so it was not routed')
        expect(world.interactions.rows.size).toBe(0)
        expect(world.genesys.calls).toEqual([])
        expect(world.outbox.rows).toEqual([])
        expect(world.events.entries).toEqual([])
    })

    it('creates a queued interaction in the default mapped queue and routes it to Genesys with the provider', () => {
        const world = createWorld()
        const done = expectOk(world.service.emailReceived(email))
        const created = world.stored(done.interaction.sysId)
        expect(created).toMatchObject({
            status: 'queued',
            owner: null,
            queueId: BILLING_QUEUE,
            contact: 'contact-9',
            account: 'account-9',
            subject: 'Where is my refund?',
            parent: null,
        })
        expect(world.genesys.calls).toEqual([
            {
                method: 'createEmailConversation',
                args: [
                    {
                        provider: 'ServiceNow Email',
                        queueId: BILLING_QUEUE,
                        toAddress: 'support@acme.example',
                        fromAddress: 'pat@customer.example',
                        fromName: 'Pat Customer',
                        subject: 'Where is my refund?',
                        attributes: {
                            servicenowInteraction: created?.number,
                            servicenowInteractionSysId: created?.sysId,
                        },
                    },
                ],
            },
        ])
        expect(created?.conversationId).toBe('c0000000-0000-4000-8000-000000000001')
        expect(done.interaction).toEqual(created)
        expect(done.message).toContain('sent to Genesys Cloud queue Billing')
        expect(onlyRow(world)).toMatchObject({
            interaction: created?.sysId,
            event: 'email_received',
            fromStatus: 'none',
            toStatus: 'queued',
            actor: null,
            outcome: 'applied',
        })
    })

    it('prefers the configured default queue id over the mapping marked default', () => {
        const world = createWorld({ config: { ...CONFIG, defaultQueueId: SUPPORT_QUEUE } })
        const done = expectOk(world.service.emailReceived(email))
        expect(done.interaction.queueId).toBe(SUPPORT_QUEUE)
    })

    it('keeps the interaction and queues the create call when Genesys is down', () => {
        const world = createWorld()
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const done = expectOk(world.service.emailReceived(email))
        expect(done.outcome).toBe('deferred')
        expect(done.message).toContain('will be sent to Genesys when it is available')
        expect(world.stored(done.interaction.sysId)).toMatchObject({ status: 'queued', conversationId: null })
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'create_conversation',
                idempotencyKey: `${done.interaction.sysId}:create_conversation`,
            }),
        ])
    })

    it('keeps the interaction, records the failure and leaves a dead outbox row when Genesys refuses the create', () => {
        const world = createWorld()
        world.genesys.failNext('createEmailConversation', GENESYS_ERRORS.badRequest())
        const done = expectOk(world.service.emailReceived(email))
        expect(done.outcome).toBe('failed')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'create_conversation',
                state: 'dead',
                lastError: expect.stringContaining('HTTP 400'),
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'failed', correlationId: 'corr-400' })
    })

    it.each([
        ['timed out', { ...GENESYS_ERRORS.timeout(), maybeProcessed: true as const }],
        ['got a gateway timeout (504)', { ...GENESYS_ERRORS.gatewayTimeout(), maybeProcessed: true as const }],
        ['got a 500', { kind: 'server' as const, status: 500, message: 'Internal Server Error' }],
    ])('keeps the create pending, to be checked before any resend, when it %s', (_what, failure) => {
        const world = createWorld()
        world.genesys.failNext('createEmailConversation', failure)
        const done = expectOk(world.service.emailReceived(email))
        expect(done.outcome).toBe('deferred')
        expect(done.message).toContain('checks whether Genesys created the conversation before it asks again')
        expect(world.stored(done.interaction.sysId)).toMatchObject({ status: 'queued', conversationId: null })
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'create_conversation',
                state: 'pending',
                nextAttemptAtMs: world.clock.nowMs() + 300_000,
                lastError: expect.stringMatching(
                    /^uncertain: Genesys may have processed this request; check before Retry \(/
                ),
            }),
        ])
        // Nothing is resent before Genesys had time to show what it did.
        world.clock.advanceSeconds(299)
        expect(world.processor.processDue(world.clock.nowMs(), 10).examined).toBe(0)
        expect(onlyRow(world)).toMatchObject({ event: 'email_received', outcome: 'deferred' })
    })

    it.each([
        [
            'lost its connection after sending (maybe processed)',
            {
                kind: 'network' as const,
                status: 0,
                message: 'Network failure: Connection reset',
                maybeProcessed: true as const,
            },
            'network: Network failure: Connection reset',
        ],
        [
            'got a 2xx whose body is not JSON',
            GENESYS_ERRORS.brokenBody(),
            'invalid_response HTTP 200: HTTP 200 with a body that is not JSON',
        ],
    ])('keeps the create pending and looks Genesys up before any resend, when it %s', (_what, failure, described) => {
        const world = createWorld()
        world.genesys.failNext('createEmailConversation', failure)
        const done = expectOk(world.service.emailReceived(email))
        expect(done.outcome).toBe('deferred')
        expect(done.message).toContain(
            `Genesys Cloud gave no clear answer (${failure.kind}); ServiceNow checks whether Genesys created the conversation before it asks again, so the email is never routed twice.`
        )
        const sysId = done.interaction.sysId
        expect(world.stored(sysId)).toMatchObject({ status: 'queued', conversationId: null })
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                interaction: sysId,
                operation: 'create_conversation',
                state: 'pending',
                attempts: 0,
                nextAttemptAtMs: world.clock.nowMs() + 300_000,
                lastError: `uncertain: Genesys may have processed this request; check before Retry (${described})`,
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ event: 'email_received', outcome: 'deferred' })
        world.clock.advanceSeconds(299)
        expect(world.processor.processDue(world.clock.nowMs(), 10).examined).toBe(0)
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['createEmailConversation'])
        // Due: the lookup by the attribute the create carried comes first; only when it finds nothing is it sent again.
        world.clock.advanceSeconds(1)
        expect(world.processor.processDue(world.clock.nowMs(), 10)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.genesys.calls.map((c) => c.method)).toEqual([
            'createEmailConversation',
            'findEmailConversationByAttribute',
            'createEmailConversation',
        ])
        expect(world.genesys.callsOf('findEmailConversationByAttribute')[0].args.slice(0, 2)).toEqual([
            'servicenowInteractionSysId',
            sysId,
        ])
        expect(world.stored(sysId)?.conversationId).toBe('c0000000-0000-4000-8000-000000000001')
    })

    it('creates nothing and says why when no default queue is configured', () => {
        const world = createWorld({ config: { ...CONFIG, queues: [], defaultQueueId: null } })
        const error = expectError(world.service.emailReceived(email), 'configuration')
        expect(error.message).toContain('No default Genesys Cloud queue')
        expect(world.interactions.rows.size).toBe(0)
    })

    it('creates nothing when the configuration cannot be read', () => {
        const world = createWorld()
        world.config.breakWith({ property: 'x_gcer.genesys.provider', message: 'is empty' })
        expectError(world.service.emailReceived(email), 'configuration')
        expect(world.interactions.rows.size).toBe(0)
    })

    it.each(['fromAddress', 'toAddress', 'subject'])('rejects an email without %s', (field) => {
        const world = createWorld()
        expectError(world.service.emailReceived({ ...email, [field]: undefined }), 'invalid_input')
        expect(world.interactions.rows.size).toBe(0)
    })
})
