import { ACTORS, CONFIG, CONVERSATION, INTERACTION, PARTICIPANT, interactionIn } from '../support/fixtures'
import { expectError, expectNothingChanged, expectOk, onlyRow } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

const input = { interactionSysId: INTERACTION }

describe('create case', () => {
    it('creates a linked case from the contact, account and subject, notifies the customer, then closes with the case wrap-up', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const done = expectOk(world.service.createCase(ACTORS.owner, input))
        expect(world.cases.created).toEqual([
            {
                interaction: INTERACTION,
                contact: 'contact-1',
                account: 'account-1',
                shortDescription: 'My invoice is wrong',
                description: 'Created from email interaction IMS0001: My invoice is wrong',
                sysId: 'case-1',
                number: 'CS0001',
            },
        ])
        expect(world.notifier.sent).toEqual([{ interaction: INTERACTION, caseSysId: 'case-1', caseNumber: 'CS0001' }])
        expect(world.genesys.calls).toEqual([
            {
                method: 'disconnectWithWrapup',
                args: [CONVERSATION, PARTICIPANT, { code: '3e5e1ced-0000-4000-8000-0000000000ca' }],
            },
        ])
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'closed', owner: 'user-alice' })
        expect(done.case).toEqual({ sysId: 'case-1', number: 'CS0001' })
        expect(done.message).toContain('Case CS0001 was created from IMS0001')
        expect(onlyRow(world)).toMatchObject({ event: 'create_case', toStatus: 'closed', outcome: 'applied' })
    })

    it("uses the agent's description when given", () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        expectOk(world.service.createCase(ACTORS.owner, { ...input, description: 'Customer was double billed.' }))
        expect(world.cases.created[0].description).toBe('Customer was double billed.')
    })

    it('keeps the case and the close, and queues the disconnect, when Genesys is down', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.goDown(GENESYS_ERRORS.timeout())
        const done = expectOk(world.service.createCase(ACTORS.owner, input))
        expect(done.outcome).toBe('deferred')
        expect(world.cases.created).toHaveLength(1)
        expect(world.notifier.sent).toHaveLength(1)
        expect(world.stored(INTERACTION)?.status).toBe('closed')
        expect(world.outbox.rows.map((r) => [r.operation, r.idempotencyKey])).toEqual([
            ['disconnect', `${INTERACTION}:disconnect`],
        ])
    })

    it("keeps the case and the close when Genesys refuses the disconnect (400): a dead row for an admin, the case's wrap-up in it", () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('disconnectWithWrapup', {
            ...GENESYS_ERRORS.badRequest(),
            message: 'The wrap-up code is not valid for the queue',
        })
        const done = expectOk(world.service.createCase(ACTORS.owner, input))
        expect(done.outcome).toBe('failed')
        expect(done.case).toEqual({ sysId: 'case-1', number: 'CS0001' })
        expect(done.message).toContain('Case CS0001 was created from IMS0001')
        expect(done.message).toContain(
            'Genesys Cloud did not accept the update (bad_request HTTP 400 bad.request: The wrap-up code is not valid for the queue (Genesys reference corr-400)), so Genesys was not updated; your administrator was notified through the Genesys outbox and can retry it once the cause is fixed.'
        )
        expect(world.cases.created).toHaveLength(1)
        expect(world.notifier.sent).toEqual([{ interaction: INTERACTION, caseSysId: 'case-1', caseNumber: 'CS0001' }])
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'closed', owner: 'user-alice' })
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'disconnect',
                idempotencyKey: `${INTERACTION}:disconnect`,
                state: 'dead',
                lastError:
                    'bad_request HTTP 400 bad.request: The wrap-up code is not valid for the queue (Genesys reference corr-400)',
            }),
        ])
        expect(JSON.parse(world.outbox.rows[0].payload)).toMatchObject({
            event: 'create_case',
            command: { kind: 'disconnect', wrapupCode: CONFIG.caseCreatedWrapupCode },
        })
        expect(onlyRow(world)).toMatchObject({
            event: 'create_case',
            fromStatus: 'connected',
            toStatus: 'closed',
            outcome: 'failed',
            correlationId: 'corr-400',
        })
        // A first refusal is not read: nothing suggests Genesys ended the participant.
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['disconnectWithWrapup'])
        world.clock.advanceSeconds(86_400)
        expect(world.processor.processDue(world.clock.nowMs(), 10).examined).toBe(0)
    })

    it('counts a 404 to the disconnect as done: Genesys had already ended the participant, so nothing is queued', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.notFound())
        const done = expectOk(world.service.createCase(ACTORS.owner, input))
        expect(done.outcome).toBe('applied')
        expect(done.case).toEqual({ sysId: 'case-1', number: 'CS0001' })
        expect(done.message).toContain(
            'Genesys Cloud had already ended the agent participant, so there was nothing left to disconnect.'
        )
        expect(world.notifier.sent).toHaveLength(1)
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'closed', owner: 'user-alice' })
        expect(world.outbox.rows).toEqual([])
        expect(onlyRow(world)).toMatchObject({
            event: 'create_case',
            toStatus: 'closed',
            outcome: 'applied',
            correlationId: 'corr-404',
        })
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['disconnectWithWrapup'])
    })

    it("queues the disconnect until Genesys's Retry-After when it is rate limited (429), keeping the case and the close", () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.rateLimited(30))
        const done = expectOk(world.service.createCase(ACTORS.owner, input))
        expect(done.outcome).toBe('deferred')
        expect(done.case).toEqual({ sysId: 'case-1', number: 'CS0001' })
        expect(done.message).toContain(
            'Genesys Cloud is not available right now (rate_limited); the update will be sent to Genesys when it is available.'
        )
        expect(world.notifier.sent).toHaveLength(1)
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'closed', owner: 'user-alice' })
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'disconnect',
                idempotencyKey: `${INTERACTION}:disconnect`,
                state: 'pending',
                nextAttemptAtMs: world.clock.nowMs() + 30_000,
                lastError: 'rate_limited HTTP 429 too.many.requests: Rate limit exceeded (Genesys reference corr-429)',
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ event: 'create_case', outcome: 'deferred', correlationId: 'corr-429' })
        world.clock.advanceSeconds(30)
        expect(world.processor.processDue(world.clock.nowMs(), 10)).toMatchObject({ examined: 1, delivered: 1 })
        expect(world.genesys.callsOf('disconnectWithWrapup').map((c) => c.args)).toEqual([
            [CONVERSATION, PARTICIPANT, { code: CONFIG.caseCreatedWrapupCode }],
            [CONVERSATION, PARTICIPANT, { code: CONFIG.caseCreatedWrapupCode }],
        ])
    })

    it('fails with case_not_created when the platform refuses the case: no notification, no close, no disconnect', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.cases.refuseCreates()
        const error = expectError(world.service.createCase(ACTORS.owner, input), 'case_not_created')
        expect(error.message).toBe(
            'The case could not be created, so IMS0001 stays open and Genesys Cloud was not updated: ' +
                'the sn_customerservice_case record was not inserted (a business rule or data policy refused it)'
        )
        expect(world.cases.created).toEqual([])
        expect(world.notifier.sent).toEqual([])
        expectNothingChanged(world, before)
        expect(onlyRow(world)).toMatchObject({
            event: 'create_case',
            fromStatus: 'connected',
            toStatus: 'connected',
            outcome: 'rejected',
            message: error.message,
        })
    })

    it('creates no case when the case wrap-up code is not configured', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.config.breakWith({ property: 'x_gcer.wrapup.case_created', message: 'is empty' })
        expectError(world.service.createCase(ACTORS.owner, input), 'configuration')
        expect(world.cases.created).toEqual([])
        expect(world.stored(INTERACTION)).toEqual(before)
    })

    it('creates no case when the case wrap-up code property is empty', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.config.set({ ...CONFIG, caseCreatedWrapupCode: '' })
        const error = expectError(world.service.createCase(ACTORS.owner, input), 'configuration')
        expect(error.message).toContain('"case created" wrap-up code')
        expect(world.cases.created).toEqual([])
        expect(onlyRow(world).outcome).toBe('rejected')
    })

    it('creates no case for a closed interaction', () => {
        const world = createWorld({ interactions: [interactionIn('closed')] })
        expectError(world.service.createCase(ACTORS.owner, input), 'invalid_transition')
        expect(world.cases.created).toEqual([])
        expect(world.notifier.sent).toEqual([])
    })
})
