import type { GenesysClientApi } from '../../src/genesys/genesys-api'
import type { HttpRequest } from '../../src/genesys/http-transport'
import { bodyOf, harness, json, TOKEN } from './genesys-test-kit'

const API = 'https://api.mypurecloud.ie'

function only(requests: HttpRequest[]): HttpRequest {
    expect(requests).toHaveLength(1)
    return requests[0]
}

describe('Genesys operations: one request each, the right method, path and body', () => {
    it('createEmailConversation POSTs an INBOUND third-party email and returns its id', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(json(200, { id: 'conv-1', participants: [] }))
        const result = client.createEmailConversation({
            provider: 'ServiceNow',
            queueId: 'q1',
            toAddress: 'support@acme.test',
            fromAddress: 'jane@customer.test',
            fromName: 'Jane',
            subject: 'Broken widget',
            attributes: { snInteraction: 'IMS001' },
        })
        expect(result).toEqual({ ok: true, value: { conversationId: 'conv-1' } })
        const request = only(transport.apiRequests)
        expect(request.method).toBe('POST')
        expect(request.url).toBe(`${API}/api/v2/conversations/emails`)
        expect(request.headers).toEqual({
            Authorization: `Bearer ${TOKEN}`,
            Accept: 'application/json',
            'Content-Type': 'application/json',
        })
        expect(bodyOf(request)).toEqual({
            provider: 'ServiceNow',
            queueId: 'q1',
            toAddress: 'support@acme.test',
            fromAddress: 'jane@customer.test',
            fromName: 'Jane',
            subject: 'Broken widget',
            direction: 'INBOUND',
            attributes: { snInteraction: 'IMS001' },
        })
    })

    it('createEmailConversation without an id in the 2xx body is invalid_response', () => {
        for (const body of ['<html>', '', { participants: [] }]) {
            const { client, transport } = harness()
            transport.apiReplies.push(json(200, body, { 'inin-correlation-id': 'corr-9' }))
            const result = client.createEmailConversation({
                provider: 'SN',
                queueId: 'q1',
                toAddress: 't',
                fromAddress: 'f',
                subject: 's',
            })
            expect(result).toMatchObject({
                ok: false,
                error: { kind: 'invalid_response', status: 200, correlationId: 'corr-9' },
            })
        }
    })

    it('postInboundMessage POSTs to the conversation inboundmessages path', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(json(202, ''))
        const result = client.postInboundMessage('conv-1', {
            provider: 'SN',
            toAddress: 'support@acme.test',
            fromAddress: 'jane@customer.test',
            subject: 'RE: Broken widget',
        })
        expect(result).toEqual({ ok: true, value: { conversationId: 'conv-1' } })
        const request = only(transport.apiRequests)
        expect([request.method, request.url]).toEqual([
            'POST',
            `${API}/api/v2/conversations/emails/conv-1/inboundmessages`,
        ])
        expect(bodyOf(request)).toEqual({
            provider: 'SN',
            toAddress: 'support@acme.test',
            fromAddress: 'jane@customer.test',
            subject: 'RE: Broken widget',
        })
    })

    it('getEmailConversation maps participants from user/queue refs (and flat ids)', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(
            json(200, {
                id: 'conv-1',
                participants: [
                    { id: 'p-cust', purpose: 'customer', state: 'connected' },
                    { id: 'p-acd', purpose: 'acd', state: 'disconnected', queue: { id: 'q1' } },
                    { id: 'p-agent', purpose: 'agent', state: 'connected', user: { id: 'u1' }, queue: { id: 'q1' } },
                    { id: 'p-flat', purpose: 'agent', state: 'alerting', userId: 'u2', queueId: 'q2' },
                    { purpose: 'ghost' },
                ],
            })
        )
        const result = client.getEmailConversation('conv-1')
        expect(result).toEqual({
            ok: true,
            value: {
                id: 'conv-1',
                participants: [
                    { id: 'p-cust', purpose: 'customer', state: 'connected' },
                    { id: 'p-acd', purpose: 'acd', state: 'disconnected', queueId: 'q1' },
                    { id: 'p-agent', purpose: 'agent', state: 'connected', userId: 'u1', queueId: 'q1' },
                    { id: 'p-flat', purpose: 'agent', state: 'alerting', userId: 'u2', queueId: 'q2' },
                ],
            },
        })
        const request = only(transport.apiRequests)
        expect([request.method, request.url, request.body]).toEqual([
            'GET',
            `${API}/api/v2/conversations/emails/conv-1`,
            undefined,
        ])
        expect(request.headers['Content-Type']).toBeUndefined()
    })

    it('getEmailConversation with unparseable JSON on a 200 is invalid_response', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(json(200, '{"id": "conv-1", "participants": ['))
        expect(client.getEmailConversation('conv-1')).toMatchObject({ ok: false, error: { kind: 'invalid_response' } })
    })

    it('transferToQueue uses /replace/queue with {queueId}', () => {
        const { client, transport } = harness()
        expect(client.transferToQueue('conv-1', 'p-agent', 'q2')).toEqual({ ok: true, value: undefined })
        const request = only(transport.apiRequests)
        expect([request.method, request.url]).toEqual([
            'POST',
            `${API}/api/v2/conversations/conv-1/participants/p-agent/replace/queue`,
        ])
        expect(bodyOf(request)).toEqual({ queueId: 'q2' })
    })

    it('transferToAgent uses /replace/agent with {userId}', () => {
        const { client, transport } = harness()
        expect(client.transferToAgent('conv-1', 'p-agent', 'u9').ok).toBe(true)
        const request = only(transport.apiRequests)
        expect([request.method, request.url]).toEqual([
            'POST',
            `${API}/api/v2/conversations/conv-1/participants/p-agent/replace/agent`,
        ])
        expect(bodyOf(request)).toEqual({ userId: 'u9' })
    })

    it('park and unpark PATCH the parking state to parked / connected', () => {
        const { client, transport } = harness()
        expect(client.park('conv-1', 'p-agent').ok).toBe(true)
        expect(client.unpark('conv-1', 'p-agent').ok).toBe(true)
        const [park, unpark] = transport.apiRequests
        for (const request of [park, unpark]) {
            expect([request.method, request.url]).toEqual([
                'PATCH',
                `${API}/api/v2/conversations/emails/conv-1/participants/p-agent/parkingstate`,
            ])
        }
        expect(bodyOf(park)).toEqual({ state: 'parked' })
        expect(bodyOf(unpark)).toEqual({ state: 'connected' })
    })

    it('disconnectWithWrapup is ONE PATCH carrying state and wrap-up', () => {
        const { client, transport } = harness()
        expect(client.disconnectWithWrapup('conv-1', 'p-agent', { code: 'wc-1', notes: 'case CS001' }).ok).toBe(true)
        const request = only(transport.apiRequests)
        expect([request.method, request.url]).toEqual([
            'PATCH',
            `${API}/api/v2/conversations/emails/conv-1/participants/p-agent`,
        ])
        expect(bodyOf(request)).toEqual({ state: 'disconnected', wrapup: { code: 'wc-1', notes: 'case CS001' } })
    })

    it('applyWrapup POSTs the wrap-up to the communication', () => {
        const { client, transport } = harness()
        expect(client.applyWrapup('conv-1', 'p-agent', 'comm-1', { code: 'wc-1' }).ok).toBe(true)
        const request = only(transport.apiRequests)
        expect([request.method, request.url]).toEqual([
            'POST',
            `${API}/api/v2/conversations/emails/conv-1/participants/p-agent/communications/comm-1/wrapup`,
        ])
        expect(bodyOf(request)).toEqual({ code: 'wc-1' })
    })

    it('encodes ids in the path so an id cannot reach another route', () => {
        const { client, transport } = harness()
        client.transferToQueue('../../users/x', 'p 1?x=y', 'q1')
        expect(only(transport.apiRequests).url).toBe(
            `${API}/api/v2/conversations/..%2F..%2Fusers%2Fx/participants/p%201%3Fx%3Dy/replace/queue`
        )
    })

    it.each([
        ['conversationId', (h: ReturnType<typeof harness>) => h.client.park('', 'p1')],
        ['participantId', (h: ReturnType<typeof harness>) => h.client.unpark('c1', '  ')],
        ['queueId', (h: ReturnType<typeof harness>) => h.client.transferToQueue('c1', 'p1', '')],
        [
            'userId',
            (h: ReturnType<typeof harness>) => h.client.transferToAgent('c1', 'p1', undefined as unknown as string),
        ],
        ['wrapup.code', (h: ReturnType<typeof harness>) => h.client.disconnectWithWrapup('c1', 'p1', { code: '' })],
        ['communicationId', (h: ReturnType<typeof harness>) => h.client.applyWrapup('c1', 'p1', '', { code: 'w' })],
        ['conversationId', (h: ReturnType<typeof harness>) => h.client.getEmailConversation('')],
        ['queueId', (h: ReturnType<typeof harness>) => h.client.listQueueWrapupCodes('')],
        [
            'provider',
            (h: ReturnType<typeof harness>) =>
                h.client.createEmailConversation({
                    provider: '',
                    queueId: 'q',
                    toAddress: 't',
                    fromAddress: 'f',
                    subject: 's',
                }),
        ],
        [
            'conversationId',
            (h: ReturnType<typeof harness>) =>
                h.client.postInboundMessage('', { provider: 'p', toAddress: 't', fromAddress: 'f', subject: 's' }),
        ],
    ])('missing %s is bad_request and sends nothing', (name, act) => {
        const h = harness()
        const result = act(h)
        expect(result).toMatchObject({ ok: false, error: { kind: 'bad_request', status: 0, code: 'invalid.input' } })
        if (!result.ok) expect(result.error.message).toContain(name)
        expect(h.transport.requests).toHaveLength(0)
    })
})

describe('a 2xx whose body is neither empty nor JSON (a proxy, a cut connection): invalid_response, never success', () => {
    const email = { provider: 'p', toAddress: 'a@b.c', fromAddress: 'd@e.f', subject: 's', queueId: 'q' }
    it.each([
        ['park', (c: GenesysClientApi) => c.park('conv-1', 'p-agent')],
        ['unpark', (c: GenesysClientApi) => c.unpark('conv-1', 'p-agent')],
        ['transferToQueue', (c: GenesysClientApi) => c.transferToQueue('conv-1', 'p-agent', 'q2')],
        ['transferToAgent', (c: GenesysClientApi) => c.transferToAgent('conv-1', 'p-agent', 'u9')],
        [
            'disconnectWithWrapup',
            (c: GenesysClientApi) => c.disconnectWithWrapup('conv-1', 'p-agent', { code: 'wc-1' }),
        ],
        ['postInboundMessage', (c: GenesysClientApi) => c.postInboundMessage('conv-1', email)],
    ] as const)('%s: sent once, not repeated, and not flagged maybeProcessed or notSent', (_name, act) => {
        const { client, transport } = harness()
        transport.apiReplies.push(json(200, '<html>proxy says hello</html>', { 'inin-correlation-id': 'corr-7' }))
        expect(act(client)).toEqual({
            ok: false,
            error: {
                kind: 'invalid_response',
                status: 200,
                code: 'invalid.response',
                message: 'HTTP 200 with an unusable body: not JSON',
                correlationId: 'corr-7',
            },
        })
        expect(transport.apiRequests).toHaveLength(1)
    })
})
