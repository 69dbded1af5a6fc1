import { advanceClock, allRecords, GlideRecord, logLines, readRecord, seedRecord } from '../fakes/glide'
import { sentRestMessages } from '../fakes/glide/sn_ws'
import { E2E, receivedEmail } from '../support/e2e-instance'
import { endpointBodyFor } from '../support/genesys-data-action'
import { userStartEvent } from '../support/genesys-events'
import {
    ADMIN,
    AJAX,
    BUILD_TIMEOUT_MS,
    freshShippedInstance,
    genesysCalls,
    genesysDown,
    genesysParticipant,
    genesysUp,
    INTEGRATION,
    startShippedWorld,
    type ShippedWorld,
} from './shipped-app-fixture'

/**
 * tests/e2e/email-journey.test.ts, played on the JavaScript `npm run build` ships (dist/app) through the
 * records' own entry points (inbound email actions, REST routes, UI actions, the Ajax processor, the outbox
 * job), with RESTMessageV2 doing real HTTP to the Genesys stand-in. Same steps, same outcomes, plus
 * Genesys's own view of each step.
 */
let world: ShippedWorld

beforeAll(async () => {
    world = await startShippedWorld()
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
    await world?.standIn.close()
})

const OUTBOX_JOB = 'Genesys email routing: outbox'

const EVENTS_PATH = '/api/x_gcer/genesys/events'

/**
 * Genesys reports what happened since the last report: every trigger event it fired, rendered through the shipped
 * data action (genesys/data-action) into the exact body it POSTs to the events endpoint. Returns the HTTP statuses.
 */
function genesysReports(): number[] {
    return world.standIn.admin
        .drainEventBodies()
        .map((body) => world.runner.rest({ method: 'POST', path: EVENTS_PATH, body, as: INTEGRATION }).status)
}

function ajax(method: string, params: Record<string, string>, as: { sysId: string; roles: string[] }) {
    return JSON.parse(String(world.runner.ajax(AJAX, { sysparm_name: method, ...params }, { as })))
}

describe('the shipped app: an email routed by Genesys, worked in ServiceNow', () => {
    it('is routed, held, un-parked by the reply, transferred, closed through an outage, and chained back to Genesys by a reply', () => {
        const { alice, bob } = freshShippedInstance(world)
        const asAlice = { sysId: alice, roles: ['x_gcer.agent'] }
        const asBob = { sysId: bob, roles: ['x_gcer.agent'] }
        seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })

        // 1. A new customer email becomes a queued interaction and a Genesys email conversation.
        const first = receivedEmail('Invoice 42 is wrong')
        expect(world.runner.inboundEmail({ type: 'new', email: first.email, event: first.event })).toEqual([
            'Genesys email routing: new customer email',
        ])
        const [interaction] = allRecords('interaction')
        const id = String(interaction.sys_id)
        const conversation = String(interaction.x_gcer_conversation_id)
        expect(interaction).toMatchObject({ x_gcer_routing_status: 'queued', state: 'new', x_gcer_queue_id: E2E.queue })
        expect(genesysCalls(0)).toEqual(['POST /api/v2/conversations/emails'])
        expect(world.standIn.admin.conversationIds()).toEqual([conversation])

        // 2. Genesys offers it to Alice, who answers; Genesys reports the offer (user.start), ServiceNow reads the conversation.
        const aliceLeg = world.standIn.admin.assignAgent(conversation, E2E.genesysAlice)
        expect(genesysReports()).toEqual([200])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: alice })

        // 3. Alice clicks Hold (a Workspace modal; no resume time): Genesys parks her participant.
        let mark = sentRestMessages().length
        expect(ajax('hold', { sysparm_interaction: id }, asAlice)).toMatchObject({ ok: true })
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'parked', state: 'on_hold' })
        expect(genesysCalls(mark)).toEqual([
            `PATCH /api/v2/conversations/emails/${conversation}/participants/${aliceLeg.participantId}/parkingstate`,
        ])
        expect(genesysParticipant(world, conversation, aliceLeg.participantId)?.state).toBe('parked')
        // A second Hold on a parked email is refused by the machine (the button's condition hides it too).
        expect(ajax('hold', { sysparm_interaction: id }, asAlice)).toMatchObject({
            ok: false,
            code: 'invalid_transition',
        })

        // 4. The customer replies: back to Alice (never re-routed); the reply joins the conversation, which un-parks it.
        mark = sentRestMessages().length
        const reply = receivedEmail('RE: Invoice 42 is wrong')
        expect(
            world.runner.inboundEmail({ type: 'reply', current: id, email: reply.email, event: reply.event })
        ).toEqual(['Genesys email routing: customer reply'])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: alice })
        expect(genesysCalls(mark)).toEqual([`POST /api/v2/conversations/emails/${conversation}/inboundmessages`])
        expect(genesysParticipant(world, conversation, aliceLeg.participantId)?.state).toBe('connected')

        // 5. Alice transfers it to the Returns queue: Genesys replace/queue, Alice released.
        mark = sentRestMessages().length
        expect(
            ajax('transfer', { sysparm_interaction: id, sysparm_target: `queue:${E2E.otherQueue}` }, asAlice)
        ).toMatchObject({ ok: true })
        expect(genesysCalls(mark)).toEqual([
            `POST /api/v2/conversations/${conversation}/participants/${aliceLeg.participantId}/replace/queue`,
        ])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'queued', assigned_to: null })
        expect(genesysParticipant(world, conversation, aliceLeg.participantId)?.state).toBe('disconnected')

        // 6. Genesys routes it to Bob; Bob disconnects while Genesys is down: closed in ServiceNow, update in the outbox.
        const bobLeg = world.standIn.admin.assignAgent(conversation, E2E.genesysBob)
        // Alice's leg ended with the transfer (user.end), Bob's started (user.start): both read the conversation.
        expect(genesysReports()).toEqual([200, 200])
        genesysDown(world, 503, 30)
        expect(ajax('disconnect', { sysparm_interaction: id, sysparm_wrapup: E2E.defaultCode }, asBob)).toMatchObject({
            ok: true,
        })
        expect(readRecord('interaction', id)).toMatchObject({
            x_gcer_routing_status: 'closed',
            state: 'closed_complete',
        })
        expect(allRecords('x_gcer_outbox')).toEqual([
            expect.objectContaining({ operation: 'disconnect', state: 'pending', interaction: id }),
        ])
        expect(genesysParticipant(world, conversation, bobLeg.participantId)?.state).toBe('connected')

        // 7. The outbox job while Genesys is still down: one try, rescheduled no sooner than Retry-After.
        advanceClock(31_000)
        mark = sentRestMessages().length
        world.runner.job(OUTBOX_JOB)
        expect(genesysCalls(mark)).toHaveLength(1)
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({ state: 'pending', attempts: '1' })
        world.runner.job(OUTBOX_JOB)
        expect(genesysCalls(mark)).toHaveLength(1)

        // 8. Genesys is back: the disconnect with Bob's wrap-up is delivered exactly once.
        genesysUp(world)
        advanceClock(3_600_000)
        mark = sentRestMessages().length
        world.runner.job(OUTBOX_JOB)
        world.runner.job(OUTBOX_JOB)
        expect(genesysCalls(mark)).toEqual([
            `PATCH /api/v2/conversations/emails/${conversation}/participants/${bobLeg.participantId}`,
        ])
        expect(JSON.parse(String(sentRestMessages()[mark].body))).toEqual({
            state: 'disconnected',
            wrapup: { code: E2E.defaultCode },
        })
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({ state: 'done' })
        expect(genesysParticipant(world, conversation, bobLeg.participantId)).toMatchObject({
            state: 'disconnected',
            wrapup: { code: E2E.defaultCode },
        })

        // 9. A reply to the closed email opens a new interaction, linked to it, and joins the same Genesys
        //    conversation (POST .../inboundmessages): Genesys routes it again through its queue, no second conversation.
        mark = sentRestMessages().length
        const late = receivedEmail('RE: Invoice 42 is wrong')
        world.runner.inboundEmail({ type: 'reply', current: id, email: late.email, event: late.event })
        const followUp = allRecords('interaction').find((r) => r.sys_id !== id)
        expect(followUp).toMatchObject({
            parent_interaction: id,
            x_gcer_routing_status: 'queued',
            x_gcer_conversation_id: conversation,
        })
        expect(genesysCalls(mark)).toEqual([`POST /api/v2/conversations/emails/${conversation}/inboundmessages`])
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'closed' })
        expect(world.standIn.admin.conversationIds()).toEqual([conversation])
        const routedAgain = world.standIn.admin.conversation(conversation) as {
            participants: { purpose: string; state: string; queueId?: string }[]
        }
        expect(routedAgain.participants.filter((p) => p.purpose === 'acd' && p.state !== 'disconnected')).toEqual([
            expect.objectContaining({ queueId: E2E.otherQueue }),
        ])

        // The history tells the whole story, and no secret or email body ever reached a log line.
        const events = allRecords('x_gcer_routing_event')
            .filter((r) => r.interaction === id)
            .map((r) => `${r.event}:${r.outcome}`)
        expect(events).toEqual([
            'email_received:applied',
            'genesys_observed:applied', // user.start: the read shows Alice connected
            'hold:applied',
            'hold:rejected', // the second Hold, refused: it is On Hold already
            'customer_reply:applied',
            'transfer:applied',
            'genesys_observed:applied', // Alice's user.end: the read already shows Bob connected
            'genesys_observed:applied', // Bob's user.start: stores his communication id (the event's sessionId)
            'disconnect:deferred',
            'disconnect:applied',
        ])
        const followUpEvents = allRecords('x_gcer_routing_event').filter((r) => r.interaction === followUp?.sys_id)
        expect(followUpEvents.map((r) => `${r.event}:${r.outcome}`)).toEqual(['customer_reply:applied'])
        const logs = logLines()
            .map((l) => l.message)
            .join('\n')
        expect(logs).not.toMatch(/genesys-client-secret|stand-in-token|PRIVATE BODY/)
    })

    it('leaves a disconnect Genesys refused dead in the outbox, and an admin Retry (the shipped UI action) sends it once', () => {
        const { alice } = freshShippedInstance(world)
        const asAlice = { sysId: alice, roles: ['x_gcer.agent'] }
        const first = receivedEmail('Invoice 44 is wrong')
        world.runner.inboundEmail({ type: 'new', email: first.email, event: first.event })
        const [interaction] = allRecords('interaction')
        const id = String(interaction.sys_id)
        const conversation = String(interaction.x_gcer_conversation_id)
        const leg = world.standIn.admin.assignAgent(conversation, E2E.genesysAlice)
        expect(genesysReports()).toEqual([200])

        genesysDown(world, 400)
        expect(
            ajax('disconnect', { sysparm_interaction: id, sysparm_wrapup: E2E.callbackCode }, asAlice)
        ).toMatchObject({
            ok: true,
            message: expect.stringContaining('your administrator was notified through the Genesys outbox'),
        })
        const [row] = allRecords('x_gcer_outbox')
        expect(row).toMatchObject({ operation: 'disconnect', state: 'dead', interaction: id })

        genesysUp(world)
        advanceClock(3_600_000)
        let mark = sentRestMessages().length
        world.runner.job(OUTBOX_JOB)
        expect(genesysCalls(mark)).toEqual([])

        // Retry is offered on a dead row only, to an admin; the job then sends it once.
        const current = new GlideRecord('x_gcer_outbox')
        current.get(String(row.sys_id))
        expect(world.runner.uiAction('Retry', current, { table: 'x_gcer_outbox', as: ADMIN })).toBe(true)
        mark = sentRestMessages().length
        world.runner.job(OUTBOX_JOB)
        world.runner.job(OUTBOX_JOB)
        expect(genesysCalls(mark)).toEqual([
            `PATCH /api/v2/conversations/emails/${conversation}/participants/${leg.participantId}`,
        ])
        expect(readRecord('x_gcer_outbox', String(row.sys_id))).toMatchObject({ state: 'done' })
        expect(genesysParticipant(world, conversation, leg.participantId)).toMatchObject({
            state: 'disconnected',
            wrapup: { code: E2E.callbackCode },
        })
    })
})

describe('the shipped REST routes guard themselves as the platform would', () => {
    it('answers 401 without a user, 403 to a user without the integration role, 404 for an unknown route or conversation', () => {
        freshShippedInstance(world)
        // A body built only from user.start topic fields, rendered by the shipped data action (genesys/data-action).
        const body = endpointBodyFor({
            suffix: 'user.start',
            event: userStartEvent({ conversationId: E2E.conversation, provider: 'ServiceNow' }),
        })
        const path = EVENTS_PATH
        expect(world.runner.rest({ method: 'POST', path, body }).status).toBe(401)
        expect(
            world.runner.rest({ method: 'POST', path, body, as: { sysId: 'a'.repeat(32), roles: ['x_gcer.agent'] } })
                .status
        ).toBe(403)
        expect(
            world.runner.rest({ method: 'POST', path: '/api/x_gcer/genesys/nope', body, as: INTEGRATION }).status
        ).toBe(404)
        // Genesys does not know the conversation (the stand-in holds none): 404.
        expect(world.runner.rest({ method: 'POST', path, body, as: INTEGRATION }).status).toBe(404)
    })
})
