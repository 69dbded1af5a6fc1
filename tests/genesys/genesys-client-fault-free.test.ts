import { createClientHarness, trail } from '../support/genesys-stand-in/client-harness'
import { STAND_IN_EMAIL, STAND_IN_QUEUES } from '../support/genesys-stand-in/fixtures'
import { startStandIn } from '../support/genesys-stand-in/start-stand-in'
import type { RunningStandIn } from '../support/genesys-stand-in/start-stand-in'

/** Baseline for the fault matrix: the unmodified client against the stand-in over real sockets, no faults. */
let standIn: RunningStandIn

beforeAll(async () => {
    standIn = await startStandIn()
})

afterAll(async () => {
    await standIn.close()
})

beforeEach(() => {
    standIn.admin.reset()
    standIn.admin.seedQueues(STAND_IN_QUEUES)
    standIn.admin.seedUsers([
        { id: 'u-ada', name: 'Ada' },
        { id: 'u-bob', name: 'Bob' },
    ])
})

const EMAIL = STAND_IN_EMAIL

function bodyOf(index: number): unknown {
    return JSON.parse(standIn.admin.requests()[index].body)
}

describe('GenesysClient against the stand-in, no faults', () => {
    it('fetches one token, creates a conversation and reads it back', () => {
        const { client } = createClientHarness(standIn)
        const created = client.createEmailConversation({ ...EMAIL, attributes: { sn_sys_id: 'abc' } })
        expect(created.ok).toBe(true)
        if (!created.ok) return
        const read = client.getEmailConversation(created.value.conversationId)
        expect(read).toEqual({
            ok: true,
            value: {
                id: created.value.conversationId,
                participants: [
                    expect.objectContaining({ purpose: 'customer', state: 'connected' }),
                    { id: expect.any(String), purpose: 'acd', state: 'connected', queueId: 'q-support' },
                ],
            },
        })
        expect(trail(standIn)).toEqual([
            'POST /oauth/token',
            'POST /api/v2/conversations/emails',
            `GET /api/v2/conversations/emails/${created.value.conversationId}`,
        ])
        expect(bodyOf(1)).toMatchObject({ ...EMAIL, attributes: { sn_sys_id: 'abc' } })
    })

    it('works a conversation end to end: park, customer reply, unpark, transfer, disconnect with wrap-up', () => {
        const { client } = createClientHarness(standIn)
        const created = client.createEmailConversation(EMAIL)
        if (!created.ok) throw new Error('create failed')
        const cid = created.value.conversationId
        const ada = standIn.admin.assignAgent(cid, 'u-ada')

        expect(client.park(cid, ada.participantId)).toEqual({ ok: true, value: undefined })
        expect(client.postInboundMessage(cid, { ...EMAIL, subject: 'Re: Printer on fire' })).toEqual({
            ok: true,
            value: { conversationId: cid },
        })
        expect(client.park(cid, ada.participantId).ok).toBe(true)
        expect(client.unpark(cid, ada.participantId).ok).toBe(true)
        expect(client.transferToAgent(cid, ada.participantId, 'u-bob').ok).toBe(true)
        const bob = standIn.admin.assignAgent(cid, 'u-bob')
        expect(client.applyWrapup(cid, bob.participantId, bob.communicationId, { code: 'w-1', notes: 'n' }).ok).toBe(
            true
        )
        expect(client.disconnectWithWrapup(cid, bob.participantId, { code: 'w-1' }).ok).toBe(true)

        const read = client.getEmailConversation(cid)
        expect(read.ok && read.value.participants.map((p) => [p.purpose, p.state, p.userId])).toEqual([
            ['customer', 'connected', undefined],
            ['acd', 'disconnected', undefined],
            ['agent', 'disconnected', 'u-ada'],
            ['agent', 'disconnected', 'u-bob'],
        ])
        expect(trail(standIn).slice(2, 9)).toEqual([
            `PATCH /api/v2/conversations/emails/${cid}/participants/${ada.participantId}/parkingstate`,
            `POST /api/v2/conversations/emails/${cid}/inboundmessages`,
            `PATCH /api/v2/conversations/emails/${cid}/participants/${ada.participantId}/parkingstate`,
            `PATCH /api/v2/conversations/emails/${cid}/participants/${ada.participantId}/parkingstate`,
            `POST /api/v2/conversations/${cid}/participants/${ada.participantId}/replace/agent`,
            `POST /api/v2/conversations/emails/${cid}/participants/${bob.participantId}/communications/${bob.communicationId}/wrapup`,
            `PATCH /api/v2/conversations/emails/${cid}/participants/${bob.participantId}`,
        ])
        expect(bodyOf(2)).toEqual({ state: 'parked' })
        expect(bodyOf(5)).toEqual({ state: 'connected' })
        expect(bodyOf(6)).toEqual({ userId: 'u-bob' })
        expect(bodyOf(8)).toEqual({ state: 'disconnected', wrapup: { code: 'w-1' } })
    })

    it('transfers to a queue: the agent participant is replaced by an acd participant', () => {
        const { client } = createClientHarness(standIn)
        const created = client.createEmailConversation(EMAIL)
        if (!created.ok) throw new Error('create failed')
        const cid = created.value.conversationId
        const ada = standIn.admin.assignAgent(cid, 'u-ada')
        expect(client.transferToQueue(cid, ada.participantId, 'q-billing')).toEqual({ ok: true, value: undefined })
        const read = client.getEmailConversation(cid)
        expect(read.ok && read.value.participants.slice(2)).toEqual([
            { id: ada.participantId, purpose: 'agent', state: 'disconnected', userId: 'u-ada', queueId: 'q-support' },
            { id: expect.any(String), purpose: 'acd', state: 'connected', queueId: 'q-billing' },
        ])
    })

    it('reads every page of queues (150 queues = 2 pages of 100) and a queue wrap-up codes', () => {
        const many = Array.from({ length: 150 }, (_, i) => ({ id: `q-${i}`, name: `Queue ${i}` }))
        standIn.admin.reset()
        standIn.admin.seedQueues(many)
        standIn.admin.seedWrapupCodes('q-7', [
            { id: 'w-1', name: 'Resolved' },
            { id: 'w-2', name: 'Case created' },
        ])
        const { client } = createClientHarness(standIn)
        expect(client.listQueues()).toEqual({ ok: true, value: many })
        expect(client.listQueueWrapupCodes('q-7')).toEqual({
            ok: true,
            value: [
                { id: 'w-1', name: 'Resolved' },
                { id: 'w-2', name: 'Case created' },
            ],
        })
        expect(standIn.admin.requests().map((r) => [r.path, r.query])).toEqual([
            ['/oauth/token', {}],
            ['/api/v2/routing/queues', { pageNumber: '1', pageSize: '100' }],
            ['/api/v2/routing/queues', { pageNumber: '2', pageSize: '100' }],
            ['/api/v2/routing/queues/q-7/wrapupcodes', { pageNumber: '1', pageSize: '100' }],
        ])
    })

    it('maps an unknown conversation to not_found with the Genesys code and correlation id', () => {
        const { client } = createClientHarness(standIn)
        expect(client.getEmailConversation('missing')).toEqual({
            ok: false,
            error: {
                kind: 'not_found',
                status: 404,
                code: 'not.found',
                message: expect.stringContaining('HTTP 404'),
                correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
            },
        })
        expect(trail(standIn)).toEqual(['POST /oauth/token', 'GET /api/v2/conversations/emails/missing'])
    })

    it('sends Basic client credentials in a form body and Bearer on API calls, never the secret in logs', () => {
        const harness = createClientHarness(standIn)
        expect(harness.client.listQueues().ok).toBe(true)
        const [token, queues] = standIn.admin.requests()
        expect(token.headers['authorization']).toMatch(/^Basic /)
        expect(token.headers['content-type']).toBe('application/x-www-form-urlencoded')
        expect(token.body).toBe('grant_type=client_credentials')
        expect(queues.headers['authorization']).toMatch(/^Bearer stand-in-token-/)
        expect(harness.logLines.join('\n')).not.toContain(standIn.options.clientSecret)
    })

    it('parks until a resume time and reads it back with the attributes the create carried', () => {
        const { client } = createClientHarness(standIn)
        const created = client.createEmailConversation({
            ...EMAIL,
            attributes: { servicenowInteractionSysId: 'sys-1' },
        })
        if (!created.ok) throw new Error('create failed')
        const cid = created.value.conversationId
        const ada = standIn.admin.assignAgent(cid, 'u-ada')
        const resumeTime = new Date(Date.now() + 3600000).toISOString()
        expect(client.park(cid, ada.participantId, resumeTime)).toEqual({ ok: true, value: undefined })
        expect(JSON.parse(standIn.admin.requests().slice(-1)[0].body)).toEqual({ state: 'parked', resumeTime })
        const read = client.getEmailConversation(cid)
        if (!read.ok) throw new Error('read failed')
        expect(read.value.participants.find((p) => p.id === ada.participantId)).toMatchObject({
            state: 'parked',
            resumeTime,
        })
        expect(read.value.participants.find((p) => p.purpose === 'customer')?.attributes).toEqual({
            servicenowInteractionSysId: 'sys-1',
        })
    })
})
