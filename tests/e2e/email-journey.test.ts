import * as transferAjax from '../../src/server/workspace-ajax'
import { genesysEventsRoute } from '../../src/server/genesys-events-api'
import { customerReplyEmail, newCustomerEmail } from '../../src/server/inbound-email'
import { runOutboxJob } from '../../src/server/outbox-job'
import { retryOutboxRowAction } from '../../src/server/ui-actions/retry-outbox-row-action'
import { advanceClock, allRecords, getNow, GlideRecord, logLines, readRecord, seedRecord } from '../fakes/glide'
import { sentRestMessages } from '../fakes/glide/sn_ws'
import { restCall } from '../server/support/rest'
import {
    E2E,
    e2eInstance,
    genesys,
    genesysShows,
    receivedEmail,
    seedRoutedInteraction,
    signIn,
} from '../support/e2e-instance'
import { endpointBodyFor } from '../support/genesys-data-action'
import { customerEndEvent, userStartEvent } from '../support/genesys-events'

/** The inbound email action's `current`: unsaved for a new email (SDK inbound-email-action-guide). */
function unsavedInteraction(): GlideRecord {
    const current = new GlideRecord('interaction')
    current.initialize()
    return current
}

/** The reply action's `current`: the interaction the platform matched, loaded. */
function matchedInteraction(sysId: string): GlideRecord {
    const current = new GlideRecord('interaction')
    current.get(sysId)
    return current
}

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

/** Posts a trigger event to the events endpoint as the shipped Data Action renders it; the answer. */
function post(body: Record<string, unknown>) {
    signIn(INTEGRATION_USER, ['x_gcer.integration'])
    const call = restCall(body)
    genesysEventsRoute(call.request, call.response)
    return { status: call.sent.status, body: call.sent.body }
}

/** Genesys offers the email to an agent (user.start) and a read shows that agent's participant connected. */
function assign(conversationId: string, userId: string, participantId: string, attributes = {}): number {
    genesysShows(conversationId, [
        { id: 'p-customer', purpose: 'customer', state: 'connected', attributes },
        { id: participantId, purpose: 'agent', state: 'connected', user: { id: userId }, queue: { id: E2E.queue } },
    ])
    const event = userStartEvent({
        conversationId,
        participantId,
        sessionId: E2E.communication,
        userId,
        queueId: E2E.queue,
        // The event happens now, after every earlier read (the fakes' clock stands still unless moved).
        eventTime: getNow(),
    })
    return post(endpointBodyFor({ suffix: 'user.start', event })).status
}

/** Genesys ends the conversation (customer.end); a read shows nobody left. */
function ended(conversationId: string, eventTime = getNow()) {
    genesysShows(conversationId, [{ id: 'p-customer', purpose: 'customer', state: 'disconnected' }])
    return post(endpointBodyFor({ suffix: 'customer.end', event: customerEndEvent({ conversationId, eventTime }) }))
}

const ajax = (method: 'hold' | 'transfer' | 'disconnect', params: Record<string, string>) =>
    JSON.parse(transferAjax[method]({ getParameter: (n: string) => params[n] ?? null }))

describe('an email routed by Genesys, worked in ServiceNow', () => {
    it('is routed, held, un-parked by the reply, transferred, closed through an outage, and reopened by a reply', () => {
        const { alice, bob } = e2eInstance()
        seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })

        // 1. A new customer email becomes a queued interaction and a Genesys email conversation.
        const first = receivedEmail('Invoice 42 is wrong')
        newCustomerEmail(unsavedInteraction(), first.event, first.email)
        const [interaction] = allRecords('interaction')
        const id = String(interaction.sys_id)
        const conversation = String(interaction.x_gcer_conversation_id)
        expect(interaction).toMatchObject({ x_gcer_routing_status: 'queued', state: 'new', x_gcer_queue_id: E2E.queue })
        expect(genesysCalls(0)).toEqual(['POST /api/v2/conversations/emails'])
        expect(sentRestMessages()[0].headers.Authorization).toBe('Bearer cached-token')

        // 2. Genesys assigns Alice.
        expect(assign(conversation, E2E.genesysAlice, E2E.participant)).toBe(200)
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: alice })

        // 3. Alice puts it On Hold: Genesys parks the participant.
        signIn(alice, ['x_gcer.agent'])
        let mark = sentRestMessages().length
        ajax('hold', { sysparm_interaction: id })
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'parked', state: 'on_hold' })
        expect(genesysCalls(mark)).toEqual([
            `PATCH /api/v2/conversations/emails/${conversation}/participants/${E2E.participant}/parkingstate`,
        ])

        // 4. The customer replies: back to Alice (never re-routed); the reply joins the conversation (un-parks it).
        mark = sentRestMessages().length
        const reply = receivedEmail('RE: Invoice 42 is wrong')
        customerReplyEmail(matchedInteraction(id), reply.event, reply.email)
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: alice })
        expect(genesysCalls(mark)).toEqual([`POST /api/v2/conversations/emails/${conversation}/inboundmessages`])

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
        expect(assign(conversation, E2E.genesysBob, bobParticipant)).toBe(200)
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

        // 9. A reply to the closed email opens a new interaction, linked to it, that follows the same conversation:
        //    the reply joins it and Genesys routes it (no second conversation).
        mark = sentRestMessages().length
        const late = receivedEmail('RE: Invoice 42 is wrong')
        customerReplyEmail(matchedInteraction(id), late.event, late.email)
        const followUp = allRecords('interaction').find((r) => r.sys_id !== id)
        expect(followUp).toMatchObject({
            parent_interaction: id,
            x_gcer_routing_status: 'queued',
            x_gcer_conversation_id: conversation,
        })
        expect(genesysCalls(mark)).toEqual([`POST /api/v2/conversations/emails/${conversation}/inboundmessages`])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'closed' })

        // The history tells the whole story, and no secret or email body ever reached a log line.
        const events = allRecords('x_gcer_routing_event')
            .filter((r) => r.interaction === id)
            .map((r) => `${r.event}:${r.outcome}`)
        expect(events).toEqual([
            'email_received:applied',
            'genesys_observed:applied',
            'hold:applied',
            'customer_reply:applied',
            'transfer:applied',
            'genesys_observed:applied',
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

describe('an email ServiceNow lost track of in Genesys, then ended in Genesys', () => {
    it('is linked again by the interaction sys_id Genesys carries, closed when Genesys ends it, and acknowledged after', () => {
        const { alice } = e2eInstance()
        seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })

        // 1. The create does not come back to ServiceNow: the interaction waits queued, with no conversation.
        genesys({ status: 503, retryAfterSeconds: 30 })
        const first = receivedEmail('Invoice 43 is wrong')
        newCustomerEmail(unsavedInteraction(), first.event, first.email)
        const [interaction] = allRecords('interaction')
        const id = String(interaction.sys_id)
        expect(interaction).toMatchObject({ x_gcer_routing_status: 'queued' })
        expect(interaction.x_gcer_conversation_id ?? null).toBeNull()

        // 2. Genesys did create and route it: the conversation's attributes name the interaction.
        genesys('up')
        expect(assign(E2E.conversation, E2E.genesysAlice, E2E.participant, { servicenowInteractionSysId: id })).toBe(
            200
        )
        expect(readRecord('interaction', id)).toMatchObject({
            x_gcer_routing_status: 'connected',
            assigned_to: alice,
            x_gcer_conversation_id: E2E.conversation,
        })

        // 3. The queued create never opens a second conversation for it.
        advanceClock(3_600_000)
        const mark = sentRestMessages().length
        runOutboxJob()
        expect(genesysCalls(mark)).toEqual([])

        // 4. Alice ends it in the Genesys desktop: ServiceNow closes it, keeps her as owner, sends nothing back.
        advanceClock(1000)
        const endedAt = getNow()
        const byGenesys = ended(E2E.conversation, endedAt)
        expect(byGenesys).toMatchObject({
            status: 200,
            body: { outcome: 'applied', interaction: { status: 'closed' } },
        })
        expect(readRecord('interaction', id)).toMatchObject({
            x_gcer_routing_status: 'closed',
            state: 'closed_complete',
            assigned_to: alice,
        })
        expect(genesysCalls(mark)).toEqual([`GET /api/v2/conversations/emails/${E2E.conversation}`])

        // 5. The same event delivered again is acknowledged and writes nothing; an older one is ignored.
        expect(ended(E2E.conversation, endedAt)).toMatchObject({ status: 200, body: { outcome: 'unchanged' } })
        expect(ended(E2E.conversation, endedAt - 60_000)).toMatchObject({ status: 200, body: { outcome: 'unchanged' } })

        const events = allRecords('x_gcer_routing_event')
            .filter((r) => r.interaction === id)
            .map((r) => `${r.event}:${r.outcome}`)
        expect(events).toEqual([
            'email_received:deferred',
            'genesys_observed:applied',
            'email_received:unchanged',
            'genesys_observed:applied',
        ])
    })
})

describe('eventual delivery keeps Genesys in step with ServiceNow', () => {
    const parkingState = `PATCH /api/v2/conversations/emails/${E2E.conversation}/participants/${E2E.participant}/parkingstate`
    const inboundMessages = `POST /api/v2/conversations/emails/${E2E.conversation}/inboundmessages`

    it("sends a reply that waited out an outage (it un-parks in Genesys) before Alice's later Hold, never after it", () => {
        const { alice } = e2eInstance()
        const id = seedRoutedInteraction('parked', alice)
        genesys({ status: 503, retryAfterSeconds: 30 })
        const reply = receivedEmail('RE: Invoice 42 is wrong')
        customerReplyEmail(matchedInteraction(id), reply.event, reply.email)
        expect(allRecords('x_gcer_outbox')).toEqual([
            expect.objectContaining({ operation: 'chain_reply', state: 'pending' }),
        ])

        // Still down: Hold is refused and nothing changes; the reply stays queued.
        let mark = sentRestMessages().length
        expect(ajax('hold', { sysparm_interaction: id })).toEqual({
            ok: false,
            code: expect.any(String),
            message: expect.stringMatching(
                /^An earlier update to Genesys Cloud for IMS\d+ is still waiting to be sent; try again in \d+ seconds\. Nothing was changed\.$/
            ),
        })
        expect(genesysCalls(mark)).toEqual([inboundMessages])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected' })

        // Genesys is back before the outbox job ran: Hold sends the reply first, then the park.
        genesys('up')
        mark = sentRestMessages().length
        ajax('hold', { sysparm_interaction: id })
        expect(genesysCalls(mark)).toEqual([inboundMessages, parkingState])
        expect(JSON.parse(String(sentRestMessages()[mark + 1].body))).toEqual({ state: 'parked' })
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'parked', state: 'on_hold' })
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({ state: 'done' })

        // The job finds nothing left that could undo the Hold.
        advanceClock(3_600_000)
        mark = sentRestMessages().length
        runOutboxJob()
        expect(genesysCalls(mark)).toEqual([])
    })

    it('leaves a disconnect Genesys refused dead in the outbox, and an admin Retry sends it once', () => {
        const { alice } = e2eInstance()
        const id = seedRoutedInteraction('connected', alice)
        genesys({ status: 400 })
        expect(ajax('disconnect', { sysparm_interaction: id, sysparm_wrapup: E2E.callbackCode })).toMatchObject({
            ok: true,
            message: expect.stringContaining('your administrator was notified through the Genesys outbox'),
        })
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'closed' })
        const [row] = allRecords('x_gcer_outbox')
        expect(row).toMatchObject({ operation: 'disconnect', state: 'dead', interaction: id })
        expect(String(row.last_error)).toMatch(/^bad_request HTTP 400/)

        // Nothing resends it by itself.
        genesys('up')
        advanceClock(3_600_000)
        let mark = sentRestMessages().length
        runOutboxJob()
        expect(genesysCalls(mark)).toEqual([])

        // The admin fixed the cause and clicks Retry: the job sends it once.
        signIn('0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', ['x_gcer.admin'])
        const current = new GlideRecord('x_gcer_outbox')
        current.get(String(row.sys_id))
        retryOutboxRowAction(current as never)
        mark = sentRestMessages().length
        runOutboxJob()
        runOutboxJob()
        expect(genesysCalls(mark)).toEqual([
            `PATCH /api/v2/conversations/emails/${E2E.conversation}/participants/${E2E.participant}`,
        ])
        expect(readRecord('x_gcer_outbox', String(row.sys_id))).toMatchObject({ state: 'done' })
    })

    it('never sends a create twice when Genesys timed out at the gateway: it finds the conversation the create made', () => {
        e2eInstance()
        genesys({ status: 504 })
        const first = receivedEmail('Invoice 42 is wrong')
        newCustomerEmail(unsavedInteraction(), first.event, first.email)
        const [interaction] = allRecords('interaction')
        const id = String(interaction.sys_id)
        expect(interaction).toMatchObject({ x_gcer_routing_status: 'queued' })
        expect(interaction.x_gcer_conversation_id || null).toBeNull()
        const [row] = allRecords('x_gcer_outbox')
        expect(row).toMatchObject({ operation: 'create_conversation', state: 'pending' })
        expect(String(row.last_error)).toMatch(
            /^uncertain: Genesys may have processed this request; check before Retry/
        )

        // Genesys did create it (the gateway timed out after): the lookup by the attribute finds it.
        genesys('up')
        genesysShows(E2E.conversation, [
            {
                id: 'p-customer',
                purpose: 'customer',
                state: 'connected',
                attributes: { servicenowInteractionSysId: id },
            },
        ])
        advanceClock(300_000)
        const mark = sentRestMessages().length
        runOutboxJob()
        expect(genesysCalls(mark)).toEqual([
            'POST /api/v2/analytics/conversations/details/query',
            `GET /api/v2/conversations/emails/${E2E.conversation}`,
        ])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_conversation_id: E2E.conversation })
        expect(genesysCalls(0).filter((c) => c === 'POST /api/v2/conversations/emails')).toHaveLength(1)
        advanceClock(3_600_000)
        runOutboxJob()
        expect(genesysCalls(0).filter((c) => c === 'POST /api/v2/conversations/emails')).toHaveLength(1)
    })
})
