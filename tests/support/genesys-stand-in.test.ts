import { startStandIn } from './genesys-stand-in/start-stand-in'
import type { RunningStandIn } from './genesys-stand-in/start-stand-in'
import { fetchToken, rawCall } from './genesys-stand-in/stand-in-calls'
import { DISCONNECTED_PARTICIPANT } from './genesys-stand-in/participant-routes'
import { MALFORMED_JSON_BODY } from './genesys-stand-in/apply-fault'

let standIn: RunningStandIn

beforeAll(async () => {
    standIn = await startStandIn({ clientId: 'cid', clientSecret: 'shh', tokenLifetimeSeconds: 600 })
})

afterAll(async () => {
    await standIn.close()
})

beforeEach(() => {
    standIn.admin.reset()
    standIn.admin.seedQueues([
        { id: 'q-1', name: 'Support' },
        { id: 'q-2', name: 'Billing' },
        { id: 'q-3', name: 'Sales' },
    ])
    standIn.admin.seedUsers([{ id: 'u-1', name: 'Ada' }])
})

const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`
const FORM = 'application/x-www-form-urlencoded'

function createConversation(token: string): string {
    const response = rawCall(standIn, 'POST', '/api/v2/conversations/emails', {
        token,
        body: {
            provider: 'ServiceNow',
            queueId: 'q-1',
            toAddress: 'help@x.test',
            fromAddress: 'c@y.test',
            subject: 'Hi',
        },
    })
    expect(response.status).toBe(200)
    return response.json().id
}

describe('stand-in /oauth/token', () => {
    it('issues a bearer token for the configured client', () => {
        const response = rawCall(standIn, 'POST', '/oauth/token', {
            headers: { Authorization: basic('cid', 'shh'), 'Content-Type': FORM },
            body: 'grant_type=client_credentials',
        })
        expect(response.status).toBe(200)
        expect(response.json()).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 600 })
    })

    it('rejects a wrong secret (401 invalid_client) and another grant type (400)', () => {
        const wrong = rawCall(standIn, 'POST', '/oauth/token', {
            headers: { Authorization: basic('cid', 'nope'), 'Content-Type': FORM },
            body: 'grant_type=client_credentials',
        })
        expect([wrong.status, wrong.json().error]).toEqual([401, 'invalid_client'])
        const grant = rawCall(standIn, 'POST', '/oauth/token', {
            headers: { Authorization: basic('cid', 'shh'), 'Content-Type': FORM },
            body: 'grant_type=password',
        })
        expect([grant.status, grant.json().error]).toEqual([400, 'unsupported_grant_type'])
    })
})

describe('stand-in Platform API', () => {
    it('answers 401 ErrorBody without a valid token, and after tokens expire', () => {
        const none = rawCall(standIn, 'GET', '/api/v2/routing/queues')
        expect(none.status).toBe(401)
        expect(none.json()).toMatchObject({ status: 401, code: 'bad.credentials' })
        const token = fetchToken(standIn)
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues', { token }).status).toBe(200)
        standIn.admin.expireAllTokens()
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues', { token }).status).toBe(401)
    })

    it('answers 404 with a Genesys ErrorBody and a correlation id for an unknown conversation', () => {
        const token = fetchToken(standIn)
        const response = rawCall(standIn, 'GET', '/api/v2/conversations/emails/does-not-exist', { token })
        expect(response.status).toBe(404)
        expect(response.json()).toEqual({
            message: expect.any(String),
            code: 'not.found',
            status: 404,
            contextId: expect.any(String),
            details: [],
            errors: [],
        })
        expect(response.headers['inin-correlation-id']).toMatch(/^[0-9a-f-]{36}$/)
    })

    it('creates an email conversation with a customer and an acd participant', () => {
        const token = fetchToken(standIn)
        const id = createConversation(token)
        const read = rawCall(standIn, 'GET', `/api/v2/conversations/emails/${id}`, { token }).json()
        expect(read.id).toBe(id)
        expect(read.participants).toEqual([
            expect.objectContaining({ purpose: 'customer', state: 'connected', address: 'c@y.test' }),
            expect.objectContaining({ purpose: 'acd', state: 'connected', queue: { id: 'q-1' } }),
        ])
    })

    it('runs assign -> park -> customer reply (un-parks) -> transfer -> transfer again (disconnected)', () => {
        const token = fetchToken(standIn)
        const cid = createConversation(token)
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        const participantPath = `/api/v2/conversations/emails/${cid}/participants/${agent.participantId}`
        const stateOf = (pid: string): string =>
            rawCall(standIn, 'GET', `/api/v2/conversations/emails/${cid}`, { token })
                .json()
                .participants.find((p: { id: string }) => p.id === pid).state

        expect(
            rawCall(standIn, 'PATCH', `${participantPath}/parkingstate`, { token, body: { state: 'parked' } }).status
        ).toBe(202)
        expect(stateOf(agent.participantId)).toBe('parked')
        const reply = rawCall(standIn, 'POST', `/api/v2/conversations/emails/${cid}/inboundmessages`, {
            token,
            body: { provider: 'ServiceNow', toAddress: 'help@x.test', fromAddress: 'c@y.test', subject: 'Re: Hi' },
        })
        expect(reply.status).toBe(200)
        expect(stateOf(agent.participantId)).toBe('connected')

        const replace = `/api/v2/conversations/${cid}/participants/${agent.participantId}/replace/queue`
        expect(rawCall(standIn, 'POST', replace, { token, body: { queueId: 'q-2' } }).status).toBe(202)
        expect(stateOf(agent.participantId)).toBe('disconnected')
        const again = rawCall(standIn, 'POST', replace, { token, body: { queueId: 'q-2' } })
        expect(again.status).toBe(DISCONNECTED_PARTICIPANT.status)
        expect(again.json()).toMatchObject({ code: DISCONNECTED_PARTICIPANT.code, status: 400 })
    })

    it('disconnects with a wrap-up in one PATCH, and takes a wrap-up on the communication', () => {
        const token = fetchToken(standIn)
        const cid = createConversation(token)
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        const base = `/api/v2/conversations/emails/${cid}/participants/${agent.participantId}`
        const wrapup = rawCall(standIn, 'POST', `${base}/communications/${agent.communicationId}/wrapup`, {
            token,
            body: { code: 'w-1', notes: 'n' },
        })
        expect(wrapup.status).toBe(202)
        const wrongComm = rawCall(standIn, 'POST', `${base}/communications/other/wrapup`, {
            token,
            body: { code: 'w' },
        })
        expect(wrongComm.status).toBe(404)
        const patch = rawCall(standIn, 'PATCH', base, {
            token,
            body: { state: 'disconnected', wrapup: { code: 'w-2' } },
        })
        expect(patch.status).toBe(202)
        const agentView = rawCall(standIn, 'GET', `/api/v2/conversations/emails/${cid}`, { token })
            .json()
            .participants.find((p: { id: string }) => p.id === agent.participantId)
        expect(agentView).toMatchObject({ state: 'disconnected', user: { id: 'u-1' }, wrapup: { code: 'w-2' } })
    })

    it('pages queues and a queue wrap-up codes like a Genesys entity listing', () => {
        const token = fetchToken(standIn)
        const page2 = rawCall(standIn, 'GET', '/api/v2/routing/queues?pageSize=2&pageNumber=2', { token }).json()
        expect(page2).toMatchObject({
            entities: [{ id: 'q-3', name: 'Sales' }],
            pageSize: 2,
            pageNumber: 2,
            pageCount: 2,
            total: 3,
        })
        standIn.admin.seedWrapupCodes('q-1', [{ id: 'w-1', name: 'Resolved' }])
        const codes = rawCall(standIn, 'GET', '/api/v2/routing/queues/q-1/wrapupcodes', { token }).json()
        expect(codes).toMatchObject({ entities: [{ id: 'w-1', name: 'Resolved' }], pageNumber: 1, pageCount: 1 })
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues/nope/wrapupcodes', { token }).status).toBe(404)
    })
})

describe('stand-in fault injection and recording', () => {
    it('answers an injected 429 with Retry-After the given number of times, then normally', () => {
        const token = fetchToken(standIn)
        standIn.admin.injectFault({
            method: 'GET',
            path: '/api/v2/routing/**',
            times: 2,
            fault: { kind: 'rate_limited', retryAfterSeconds: 7 },
        })
        const first = rawCall(standIn, 'GET', '/api/v2/routing/queues', { token })
        expect(first.status).toBe(429)
        expect(first.headers['retry-after']).toBe('7')
        expect(first.json()).toMatchObject({ status: 429, code: 'too.many.requests' })
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues/q-1/wrapupcodes', { token }).status).toBe(429)
        expect(standIn.admin.pendingFaults()).toEqual([])
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues', { token }).status).toBe(200)
        expect(standIn.admin.requests().map((r) => [r.path, r.fault])).toEqual([
            ['/oauth/token', undefined],
            ['/api/v2/routing/queues', 'rate_limited'],
            ['/api/v2/routing/queues/q-1/wrapupcodes', 'rate_limited'],
            ['/api/v2/routing/queues', undefined],
        ])
    })

    it('matches by method and a one-segment wildcard only', () => {
        const token = fetchToken(standIn)
        standIn.admin.injectFault({ method: 'POST', path: '/api/v2/routing/*', fault: { kind: 'status', status: 503 } })
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues', { token }).status).toBe(200)
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues/q-1/wrapupcodes', { token }).status).toBe(200)
        expect(standIn.admin.pendingFaults()).toHaveLength(1)
    })

    it('expires the presented token: 401 now, and the same token stays refused; a new one works', () => {
        const token = fetchToken(standIn)
        standIn.admin.injectFault({ path: '/api/v2/**', fault: { kind: 'expire_token' } })
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues', { token }).status).toBe(401)
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues', { token }).status).toBe(401)
        expect(rawCall(standIn, 'GET', '/api/v2/routing/queues', { token: fetchToken(standIn) }).status).toBe(200)
    })

    it('serves a malformed JSON body with status 200', () => {
        const token = fetchToken(standIn)
        standIn.admin.injectFault({ path: '/api/v2/routing/queues', fault: { kind: 'malformed_json' } })
        const response = rawCall(standIn, 'GET', '/api/v2/routing/queues', { token })
        expect([response.status, response.body, response.headers['content-type']]).toEqual([
            200,
            MALFORMED_JSON_BODY,
            'application/json',
        ])
        expect(() => response.json()).toThrow()
    })

    it('serves 5xx with a Genesys ErrorBody', () => {
        const token = fetchToken(standIn)
        for (const status of [500, 502, 503, 504]) {
            standIn.admin.injectFault({ path: '/api/v2/routing/queues', fault: { kind: 'status', status } })
            const response = rawCall(standIn, 'GET', '/api/v2/routing/queues', { token })
            expect([response.status, response.json().status]).toEqual([status, status])
        }
    })
})
