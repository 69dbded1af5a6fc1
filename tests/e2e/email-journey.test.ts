import { prototype as transferAjax } from '../../src/script-includes/genesys-email-routing-ajax'
import { agentAssignedRoute } from '../../src/server/genesys-events-api'
import { customerReplyEmail, newCustomerEmail } from '../../src/server/inbound-email'
import { runOutboxJob } from '../../src/server/outbox-job'
import { holdAction } from '../../src/server/ui-actions/hold-action'
import { advanceClock, allRecords, logLines, readRecord, seedRecord } from '../fakes/glide'
import { sentRestMessages } from '../fakes/glide/sn_ws'
import { restCall } from '../server/support/rest'
import { E2E, e2eInstance, genesys, receivedEmail, signIn } from '../support/e2e-instance'

/**
 * One email's life, through the real entry points, platform adapters and Genesys client, with only
 * Glide and RESTMessageV2 faked: what a ServiceNow admin would click through on an instance.
 */
const INTEGRATION_USER = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0'

/** The Genesys requests sent since `from`, as `METHOD path` (host and query dropped). */
function genesysCalls(from: number): string[] {
    return sentRestMessages()
        .slice(from)
        .map((m) => `${m.method.toUpperCase()} ${m.endpoint.replace(/^https:\/\/[^/]+/, '').replace(/\?.*$/, '')}`)
}

function assign(conversationId: string, userId: string, participantId: string, eventId: string): number {
    signIn(INTEGRATION_USER, ['x_gcer.integration'])
    const call = restCall({ eventId, conversationId, participantId, userId, communicationId: E2E.communication })
    agentAssignedRoute(call.request, call.response)
    return call.sent.status
}

const ajax = (method: 'transfer' | 'disconnect', params: Record<string, string>) =>
    JSON.parse(transferAjax[method].call({ getParameter: (n: string) => params[n] ?? null }))

describe('an email routed by Genesys, worked in ServiceNow', () => {
    it('is routed, held, un-parked by the reply, transferred, closed through an outage, and reopened by a reply', () => {
        const { alice, bob } = e2eInstance()
        seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })

        // 1. A new customer email becomes a queued interaction and a Genesys email conversation.
        const first = receivedEmail('Invoice 42 is wrong')
        newCustomerEmail({}, first.event, first.email)
        const [interaction] = allRecords('interaction')
        const id = String(interaction.sys_id)
        const conversation = String(interaction.x_gcer_conversation_id)
        expect(interaction).toMatchObject({ x_gcer_routing_status: 'queued', state: 'new', x_gcer_queue_id: E2E.queue })
        expect(genesysCalls(0)).toEqual(['POST /api/v2/conversations/emails'])
        expect(sentRestMessages()[0].headers.Authorization).toBe('Bearer cached-token')

        // 2. Genesys assigns Alice.
        expect(assign(conversation, E2E.genesysAlice, E2E.participant, '0e000000-0000-4000-8000-000000000001')).toBe(
            200
        )
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: alice })

        // 3. Alice puts it On Hold: Genesys parks the participant.
        signIn(alice, ['x_gcer.agent'])
        let mark = sentRestMessages().length
        holdAction({ getUniqueValue: () => id } as never)
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'parked', state: 'on_hold' })
        expect(genesysCalls(mark)).toEqual([
            `PATCH /api/v2/conversations/emails/${conversation}/participants/${E2E.participant}/parkingstate`,
        ])

        // 4. The customer replies: back to Alice (never re-routed), un-parked in Genesys.
        mark = sentRestMessages().length
        const reply = receivedEmail('RE: Invoice 42 is wrong')
        customerReplyEmail({ getUniqueValue: () => id }, reply.event, reply.email)
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: alice })
        expect(JSON.parse(String(sentRestMessages()[mark].body))).toEqual({ state: 'connected' })

        // 5. Alice transfers it to the Returns queue: Genesys replace/queue, Alice released.
        signIn(alice, ['x_gcer.agent'])
        mark = sentRestMessages().length
        expect(ajax('transfer', { sysparm_interaction: id, sysparm_target: `queue:${E2E.otherQueue}` })).toMatchObject({
            ok: true,
        })
        expect(genesysCalls(mark)).toEqual([
            `POST /api/v2/conversations/${conversation}/participants/${E2E.participant}/replace/queue`,
        ])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'queued', assigned_to: null })

        // 6. Genesys assigns Bob; Bob disconnects while Genesys is down: closed in ServiceNow, update in the outbox.
        const bobParticipant = 'f2222222-2222-4222-8222-222222222222'
        expect(assign(conversation, E2E.genesysBob, bobParticipant, '0e000000-0000-4000-8000-000000000002')).toBe(200)
        genesys({ status: 503, retryAfterSeconds: 30 })
        signIn(bob, ['x_gcer.agent'])
        expect(ajax('disconnect', { sysparm_interaction: id, sysparm_wrapup: E2E.defaultCode })).toMatchObject({
            ok: true,
        })
        expect(readRecord('interaction', id)).toMatchObject({
            x_gcer_routing_status: 'closed',
            state: 'closed_complete',
        })
        expect(allRecords('x_gcer_outbox')).toEqual([
            expect.objectContaining({ operation: 'disconnect', state: 'pending', interaction: id }),
        ])

        // 7. The outbox job while Genesys is still down: one try, rescheduled no sooner than Retry-After.
        advanceClock(31_000)
        mark = sentRestMessages().length
        runOutboxJob()
        expect(genesysCalls(mark)).toHaveLength(1)
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({ state: 'pending', attempts: '1' })
        runOutboxJob()
        expect(genesysCalls(mark)).toHaveLength(1)

        // 8. Genesys is back: the disconnect with Bob's wrap-up is delivered exactly once.
        genesys('up')
        advanceClock(3_600_000)
        mark = sentRestMessages().length
        runOutboxJob()
        runOutboxJob()
        expect(genesysCalls(mark)).toEqual([
            `PATCH /api/v2/conversations/emails/${conversation}/participants/${bobParticipant}`,
        ])
        expect(JSON.parse(String(sentRestMessages()[mark].body))).toEqual({
            state: 'disconnected',
            wrapup: { code: E2E.defaultCode },
        })
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({ state: 'done' })

        // 9. A reply to the closed email opens a new interaction, linked to it and routed to Genesys.
        mark = sentRestMessages().length
        const late = receivedEmail('RE: Invoice 42 is wrong')
        customerReplyEmail({ getUniqueValue: () => id }, late.event, late.email)
        const followUp = allRecords('interaction').find((r) => r.sys_id !== id)
        expect(followUp).toMatchObject({ parent: id, x_gcer_routing_status: 'queued' })
        expect(genesysCalls(mark)).toEqual(['POST /api/v2/conversations/emails'])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'closed' })

        // The history tells the whole story, and no secret or email body ever reached a log line.
        const events = allRecords('x_gcer_routing_event')
            .filter((r) => r.interaction === id)
            .map((r) => `${r.event}:${r.outcome}`)
        expect(events).toEqual([
            'email_received:applied',
            'agent_assigned:applied',
            'hold:applied',
            'customer_reply:applied',
            'transfer:applied',
            'agent_assigned:applied',
            'disconnect:deferred',
            'disconnect:applied',
        ])
        const followUpEvents = allRecords('x_gcer_routing_event').filter((r) => r.interaction === followUp?.sys_id)
        expect(followUpEvents.map((r) => `${r.event}:${r.outcome}`)).toEqual(['customer_reply:applied'])
        const logs = logLines()
            .map((l) => l.message)
            .join('\n')
        expect(logs).not.toMatch(/genesys-client-secret|cached-token|PRIVATE BODY/)
    })
})
