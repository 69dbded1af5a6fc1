import { ok } from '../../src/domain/result'
import { createMemoryTokenStore } from '../../src/genesys/genesys-ports'
import {
    CLIENT_ID,
    CLIENT_SECRET,
    TOKEN,
    TOKEN_2,
    harness,
    json,
    missingCredentials,
    timeout,
    tokenReply,
} from './genesys-test-kit'

describe('Genesys OAuth client-credentials token', () => {
    it('asks login.<env>/oauth/token with Basic base64(id:secret) and a form body', () => {
        const { client, transport } = harness()
        client.park('c1', 'p1')
        const [tokenRequest] = transport.tokenRequests
        expect(tokenRequest.method).toBe('POST')
        expect(tokenRequest.url).toBe('https://login.mypurecloud.ie/oauth/token')
        expect(tokenRequest.headers['Authorization']).toBe(
            `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`
        )
        expect(tokenRequest.headers['Content-Type']).toBe('application/x-www-form-urlencoded')
        expect(tokenRequest.body).toBe('grant_type=client_credentials')
        expect(transport.apiRequests[0].headers['Authorization']).toBe(`Bearer ${TOKEN}`)
    })

    it('reuses the token until 60 s before expires_in, then fetches a new one', () => {
        const { client, transport, clock } = harness()
        transport.loginReplies.push(tokenReply(TOKEN, 3600), tokenReply(TOKEN_2, 3600))
        client.park('c1', 'p1')
        clock.ms += 3600_000 - 60_000 - 1
        client.park('c1', 'p1')
        expect(transport.tokenRequests).toHaveLength(1)
        clock.ms += 1
        client.park('c1', 'p1')
        expect(transport.tokenRequests).toHaveLength(2)
        expect(transport.apiRequests.map((r) => r.headers['Authorization'])).toEqual([
            `Bearer ${TOKEN}`,
            `Bearer ${TOKEN}`,
            `Bearer ${TOKEN_2}`,
        ])
    })

    it('shares the token across transactions through the TokenStore', () => {
        const store = createMemoryTokenStore()
        const first = harness({ tokenStore: store })
        first.client.park('c1', 'p1')
        expect(store.get()).toEqual({ accessToken: TOKEN, expiresAtMs: first.clock.ms + 86_400_000 - 60_000 })
        // A later transaction: a new client object, same store, no token request.
        const second = harness({ tokenStore: store })
        second.client.unpark('c1', 'p1')
        expect(second.transport.tokenRequests).toHaveLength(0)
        expect(second.transport.apiRequests[0].headers['Authorization']).toBe(`Bearer ${TOKEN}`)
    })

    it('never lets the margin swallow a short-lived token (margin capped at half the lifetime)', () => {
        const { client, transport, store, clock } = harness()
        transport.loginReplies.push(tokenReply(TOKEN, 60))
        client.park('c1', 'p1')
        expect(store.get()?.expiresAtMs).toBe(clock.ms + 30_000)
        client.park('c1', 'p1')
        expect(transport.tokenRequests).toHaveLength(1)
    })

    it('on a 401 fetches a new token once and repeats the request once', () => {
        const { client, transport } = harness()
        transport.loginReplies.push(tokenReply(TOKEN), tokenReply(TOKEN_2))
        transport.apiReplies.push(json(401, { code: 'bad.credentials', message: 'Invalid login credentials.' }))
        expect(client.park('c1', 'p1')).toEqual({ ok: true, value: undefined })
        expect(transport.tokenRequests).toHaveLength(2)
        expect(transport.apiRequests.map((r) => r.headers['Authorization'])).toEqual([
            `Bearer ${TOKEN}`,
            `Bearer ${TOKEN_2}`,
        ])
    })

    it('a second 401 is an auth error, with no further token request and no loop', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(json(401, { code: 'bad.credentials' }), json(401, { code: 'bad.credentials' }))
        const result = client.transferToQueue('c1', 'p1', 'q1')
        expect(result).toMatchObject({ ok: false, error: { kind: 'auth', status: 401, code: 'bad.credentials' } })
        expect(transport.tokenRequests).toHaveLength(2)
        expect(transport.apiRequests).toHaveLength(2)
    })

    it('on a 401 uses a newer token another transaction already stored instead of asking again', () => {
        const store = createMemoryTokenStore()
        const { client, transport, clock } = harness({ tokenStore: store })
        client.park('c1', 'p1')
        store.put({ accessToken: TOKEN_2, expiresAtMs: clock.ms + 3_600_000 })
        transport.apiReplies.push(json(401, {}))
        expect(client.park('c1', 'p1').ok).toBe(true)
        expect(transport.tokenRequests).toHaveLength(1)
        expect(transport.apiRequests[2].headers['Authorization']).toBe(`Bearer ${TOKEN_2}`)
    })

    it('refused client credentials are an auth error carrying the OAuth error code', () => {
        const { client, transport } = harness()
        transport.loginReplies.push(json(400, { error: 'invalid_client', error_description: 'client not found' }))
        const result = client.park('c1', 'p1')
        expect(result).toMatchObject({ ok: false, error: { kind: 'auth', status: 400, code: 'invalid_client' } })
        expect(transport.apiRequests).toHaveLength(0)
    })

    it('a token response without access_token/expires_in is invalid_response', () => {
        for (const body of [
            'not json',
            { access_token: TOKEN },
            { expires_in: 10 },
            { access_token: '', expires_in: 10 },
        ]) {
            const { client, transport } = harness()
            transport.loginReplies.push(json(200, body))
            expect(client.park('c1', 'p1')).toMatchObject({ ok: false, error: { kind: 'invalid_response' } })
            expect(transport.apiRequests).toHaveLength(0)
        }
    })

    it('missing credentials are a configuration error and nothing is sent', () => {
        const { client, transport } = harness({ credentials: missingCredentials })
        expect(client.park('c1', 'p1')).toMatchObject({
            ok: false,
            error: { kind: 'configuration', code: 'missing.credentials' },
        })
        expect(transport.requests).toHaveLength(0)
    })

    it('an empty secret is a configuration error, not a request with a broken Basic header', () => {
        const { client, transport } = harness({ credentials: { get: () => ok({ clientId: 'id', clientSecret: '' }) } })
        expect(client.park('c1', 'p1')).toMatchObject({ ok: false, error: { kind: 'configuration' } })
        expect(transport.requests).toHaveLength(0)
    })

    it('the token request is retried on 429 like any other request', () => {
        const { client, transport, sleeper } = harness()
        transport.loginReplies.push(json(429, {}, { 'retry-after': '1' }))
        expect(client.park('c1', 'p1').ok).toBe(true)
        expect(sleeper.sleeps).toEqual([1000])
        expect(transport.tokenRequests).toHaveLength(2)
    })

    it.each([403, 404])(
        'a %s from the login host (wrong client or region) is an auth error, never "not found"',
        (status) => {
            const { client, transport } = harness()
            transport.loginReplies.push(json(status, { error: 'not_here' }))
            expect(client.disconnectWithWrapup('c1', 'p1', { code: 'w1' })).toMatchObject({
                ok: false,
                error: { kind: 'auth', status, notSent: true },
            })
            expect(transport.apiRequests).toHaveLength(0)
        }
    )

    it('a 409 from the login host is an auth error too, not a conflict of the API request: not sent, not retried', () => {
        const { client, transport, sleeper } = harness()
        transport.loginReplies.push(json(409, { error: 'conflict' }, { 'inin-correlation-id': 'corr-login-409' }))
        expect(client.park('c1', 'p1')).toEqual({
            ok: false,
            error: {
                kind: 'auth',
                status: 409,
                code: 'conflict',
                message: 'Token request refused: HTTP 409',
                correlationId: 'corr-login-409',
                notSent: true,
            },
        })
        expect(transport.tokenRequests).toHaveLength(1)
        expect(transport.apiRequests).toHaveLength(0)
        expect(sleeper.sleeps).toEqual([])
    })

    it('a 500 from the login host is a server error, not retried, and the API request is never sent', () => {
        const { client, transport, sleeper } = harness()
        transport.loginReplies.push(json(500, { error: 'server_error', error_description: 'Internal error' }))
        expect(client.transferToQueue('c1', 'p1', 'q1')).toEqual({
            ok: false,
            error: {
                kind: 'server',
                status: 500,
                code: 'server_error',
                message: 'HTTP 500: Internal error',
                notSent: true,
            },
        })
        expect(transport.tokenRequests).toHaveLength(1)
        expect(transport.apiRequests).toHaveLength(0)
        expect(sleeper.sleeps).toEqual([])
    })

    it.each([502, 504])(
        'a %i from the login host is retried (a token request is safe to repeat) until the wait budget, then unavailable and not sent',
        (status) => {
            const { client, transport, sleeper } = harness()
            transport.loginReplies.push(json(status, {}), json(status, {}), json(status, {}))
            const result = client.transferToAgent('c1', 'p1', 'u1')
            expect(result).toEqual({
                ok: false,
                error: { kind: 'unavailable', status, message: `HTTP ${status}`, retryAfterSeconds: 3, notSent: true },
            })
            // 3 s + 3 s would pass the 4 s wait budget: two attempts, one wait.
            expect(sleeper.sleeps).toEqual([3000])
            expect(transport.tokenRequests).toHaveLength(2)
            expect(transport.apiRequests).toHaveLength(0)
        }
    )

    it('marks every token failure as not sent: the API request never left, so it was not carried out', () => {
        for (const reply of [timeout(), json(503, {}), json(200, 'not json'), json(400, { error: 'invalid_client' })]) {
            const { client, transport } = harness()
            transport.loginReplies.push(reply, reply, reply)
            const result = client.postInboundMessage('c1', {
                provider: 'p',
                toAddress: 'a@b.c',
                fromAddress: 'd@e.f',
                subject: 's',
                queueId: 'q',
            })
            expect(result).toMatchObject({ ok: false, error: { notSent: true } })
            expect(result.ok || result.error.maybeProcessed).toBeFalsy()
            expect(transport.apiRequests).toHaveLength(0)
        }
    })
})
