import { replyToCustomer } from '../../src/server/agent-reply'
import { advanceClock, allRecords, queuedEvents, readRecord, seedRecord } from '../fakes/glide'
import type { Actor } from '../../src/app/ports'
import { freshInstance, measure, PARTICIPANT, seedInteraction } from './support/instance'

// Reply sends through an event + email notification on the interaction (DOMAIN.md section 2: outbound
// notifications keep the watermark so replies thread; fluent/notifications/agent-reply.now.ts). The event
// is queued for the interaction record itself, so the notification's sys_email has the interaction as its
// instance (its activity) and its watermark points there.
const agent = (userSysId: string): Actor => ({ userSysId, isAgent: true, isAdmin: false, isIntegration: false })
const admin: Actor = {
    userSysId: 'ad000000000000000000000000000000',
    isAgent: true,
    isAdmin: true,
    isIntegration: false,
}
const ROUTING_FIELDS = [
    'x_gcer_routing_status',
    'state',
    'assigned_to',
    'x_gcer_conversation_id',
    'x_gcer_participant_id',
    'x_gcer_communication_id',
    'x_gcer_queue_id',
    'x_gcer_pending_target',
] as const
const routingOf = (id: string) => {
    const row = readRecord('interaction', id) || {}
    return Object.fromEntries(ROUTING_FIELDS.map((f) => [f, row[f] ?? null]))
}

let alice = ''
let contact = ''
beforeEach(() => {
    ;({ alice } = freshInstance())
    contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })
})

describe('Reply from the interaction: who and when', () => {
    it.each(['connected', 'parked'])(
        'the owner replies while %s: one email to the contact, routing unchanged',
        (status) => {
            const id = seedInteraction(status, { assigned_to: alice, contact, x_gcer_participant_id: PARTICIPANT })
            const before = routingOf(id)
            const run = measure(() =>
                replyToCustomer(agent(alice), { interactionSysId: id, message: '  Refund issued.  ' })
            )
            expect(run.result).toEqual({
                ok: true,
                message: expect.stringMatching(/^Your reply to IMS\d{7} is on its way/),
            })
            expect(queuedEvents()).toEqual([
                {
                    name: 'x_gcer.agent_reply',
                    table: 'interaction',
                    sysId: id,
                    parm1: 'carla@example.com',
                    parm2: 'Refund issued.',
                    queue: null,
                },
            ])
            // Routing unchanged: no write at all, no history row, nothing for Genesys.
            expect(run.writes).toBe(0)
            expect(routingOf(id)).toEqual(before)
            expect(allRecords('x_gcer_routing_event')).toEqual([])
            expect(allRecords('x_gcer_outbox')).toEqual([])
        }
    )

    it('an admin may reply for an absent owner', () => {
        const id = seedInteraction('connected', { assigned_to: alice, contact })
        expect(replyToCustomer(admin, { interactionSysId: id, message: 'Hello' })).toMatchObject({ ok: true })
        expect(queuedEvents()).toHaveLength(1)
    })

    it.each([
        ['another agent', () => agent('b0000000000000000000000000000000'), 'not_owner'],
        [
            'a user without the agent role',
            () => ({ ...agent('b0000000000000000000000000000000'), isAgent: false }),
            'forbidden',
        ],
        ['nobody', () => null, 'forbidden'],
    ])('refuses %s', (_who, actor, code) => {
        const id = seedInteraction('connected', { assigned_to: alice, contact })
        expect(replyToCustomer(actor(), { interactionSysId: id, message: 'Hello' })).toMatchObject({ ok: false, code })
        expect(queuedEvents()).toEqual([])
    })

    it.each(['queued', 'closed', 'abandoned'])('refuses while the email is %s, even to an admin', (status) => {
        const id = seedInteraction(status, { assigned_to: status === 'queued' ? null : alice, contact })
        expect(replyToCustomer(admin, { interactionSysId: id, message: 'Hello' })).toEqual({
            ok: false,
            code: 'invalid_transition',
            message: expect.stringContaining(`is ${status}`),
        })
        expect(queuedEvents()).toEqual([])
    })

    it('refuses an empty or over-long message, an unknown id and an interaction the app does not route', () => {
        const id = seedInteraction('connected', { assigned_to: alice, contact })
        const foreign = seedRecord('interaction', { type: 'chat', assigned_to: alice })
        expect(replyToCustomer(admin, { interactionSysId: id, message: '   ' })).toMatchObject({
            code: 'invalid_input',
        })
        expect(replyToCustomer(admin, { interactionSysId: id, message: 'x'.repeat(4001) })).toMatchObject({
            code: 'invalid_input',
        })
        expect(replyToCustomer(admin, { interactionSysId: 'nope', message: 'Hi' })).toMatchObject({ code: 'not_found' })
        expect(replyToCustomer(admin, { interactionSysId: foreign, message: 'Hi' })).toMatchObject({
            code: 'not_found',
        })
        expect(queuedEvents()).toEqual([])
    })
})

describe('Reply: where it goes', () => {
    it('reaches a B2C consumer at the consumer email', () => {
        const consumer = seedRecord('csm_consumer', { name: 'Dana', email: 'dana@example.org' })
        const id = seedInteraction('connected', { assigned_to: alice, consumer })
        replyToCustomer(agent(alice), { interactionSysId: id, message: 'Hello' })
        expect(queuedEvents()[0]).toMatchObject({ parm1: 'dana@example.org', sysId: id })
    })

    it('falls back to the sender of the last email received on the interaction (sys_email.user)', () => {
        const id = seedInteraction('connected', { assigned_to: alice })
        seedRecord('sys_email', {
            type: 'received',
            instance: id,
            target_table: 'interaction',
            user: 'old@example.com',
        })
        advanceClock(60_000)
        seedRecord('sys_email', { type: 'sent', instance: id, target_table: 'interaction', user: 'agent@acme.com' })
        advanceClock(60_000)
        seedRecord('sys_email', {
            type: 'received',
            instance: id,
            target_table: 'interaction',
            user: 'guest@example.com',
        })
        replyToCustomer(agent(alice), { interactionSysId: id, message: 'Hello' })
        expect(queuedEvents()[0]).toMatchObject({ parm1: 'guest@example.com' })
    })

    it('refuses when no customer address is known, sending nothing', () => {
        const id = seedInteraction('connected', { assigned_to: alice })
        expect(replyToCustomer(agent(alice), { interactionSysId: id, message: 'Hello' })).toMatchObject({
            ok: false,
            code: 'invalid_target',
        })
        expect(queuedEvents()).toEqual([])
    })
})
