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
