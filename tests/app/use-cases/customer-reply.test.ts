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

describe('customer reply', () => {
    it('un-parks a parked interaction back to the same agent and un-parks it in Genesys', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        const done = expectOk(world.service.customerReply(reply))
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected', owner: ACTORS.owner.userSysId })
        expect(world.genesys.calls).toEqual([{ method: 'unpark', args: [CONVERSATION, PARTICIPANT] }])
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

    it('un-parks in ServiceNow first and queues the Genesys un-park when Genesys is down', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.goDown(GENESYS_ERRORS.unavailable())
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('deferred')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({ operation: 'unpark', idempotencyKey: `${INTERACTION}:unpark:email-7` }),
        ])
    })

    it('keeps the un-park, records the failure and leaves a dead outbox row for an admin when Genesys refuses it', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('unpark', GENESYS_ERRORS.notFound())
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('failed')
        expect(done.message).toContain('your administrator was notified through the Genesys outbox')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.outbox.rows).toEqual([
            expect.objectContaining({
                operation: 'unpark',
                state: 'dead',
                lastError: expect.stringContaining('not_found HTTP 404'),
            }),
        ])
        expect(onlyRow(world)).toMatchObject({ outcome: 'failed', correlationId: 'corr-404' })
    })

    it('un-parks an interaction without a Genesys participant in ServiceNow only', () => {
        const world = createWorld({ interactions: [interactionIn('parked', { participantId: null })] })
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('applied')
        expect(world.genesys.calls).toEqual([])
        expect(world.stored(INTERACTION)?.status).toBe('connected')
    })

    it.each(['connected', 'queued'] as const)('changes nothing about a %s interaction', (status) => {
        const before = interactionIn(status)
        const world = createWorld({ interactions: [before] })
        const done = expectOk(world.service.customerReply(reply))
        expect(done.outcome).toBe('unchanged')
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(world.genesys.calls).toEqual([])
        expect(onlyRow(world)).toMatchObject({ outcome: 'unchanged', fromStatus: status, toStatus: status })
    })

    it.each(['closed', 'abandoned'] as const)(
        'to a %s interaction opens a new queued interaction linked to it and routes that to Genesys',
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
                conversationId: 'c0000000-0000-4000-8000-000000000001',
            })
            expect(opened?.sysId).not.toBe(INTERACTION)
            expect(world.genesys.callsOf('createEmailConversation')).toHaveLength(1)
            expect(done.message).toContain(`The customer replied to closed IMS0001, so ${opened?.number} was created`)
            expect(onlyRow(world)).toMatchObject({
                interaction: opened?.sysId,
                event: 'customer_reply',
                fromStatus: 'none',
                toStatus: 'queued',
            })
        }
    )

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

    it('needs the email sys_id (it keys the un-park update)', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        expectError(world.service.customerReply({ ...reply, emailSysId: '' }), 'invalid_input')
        expect(world.stored(INTERACTION)?.status).toBe('parked')
    })
})
