import {
    BACKGROUND_RETRY_POLICY,
    INTERACTIVE_RETRY_POLICY,
    decideRetry,
    type RetryPolicy,
} from '../../src/genesys/retry-policy'
import type { GenesysResult } from '../../src/genesys/genesys-api'
import { harness, json, timeout, tokenReply } from './genesys-test-kit'

const CORRELATION = { 'inin-correlation-id': 'corr-123' }

describe('retry policy presets', () => {
    it('interactive: 3 attempts and at most 4 s of waiting; background tries harder', () => {
        expect(INTERACTIVE_RETRY_POLICY).toMatchObject({
            maxAttempts: 3,
            maxTotalWaitMs: 4000,
            defaultRetryAfterMs: 3000,
        })
        expect(BACKGROUND_RETRY_POLICY).toMatchObject({ maxAttempts: 1, maxTotalWaitMs: 0 })
        expect(INTERACTIVE_RETRY_POLICY.maxCallMs).toBe(12000)
        for (const policy of [INTERACTIVE_RETRY_POLICY, BACKGROUND_RETRY_POLICY]) {
            expect([...policy.retryableStatuses].sort()).toEqual([429, 503])
            expect([...policy.idempotentOnlyStatuses].sort()).toEqual([502, 504])
            expect(policy.retryTransportFailures).toBe('idempotent_only')
        }
    })

    it('decideRetry is a pure table over status, idempotency, attempt and waited time', () => {
        const p: RetryPolicy = INTERACTIVE_RETRY_POLICY
        expect(decideRetry(p, { status: 429, retryAfterMs: 1000, idempotent: false }, 1, 0)).toEqual({
            retry: true,
            waitMs: 1000,
        })
        expect(decideRetry(p, { status: 503, idempotent: false }, 1, 0)).toEqual({ retry: true, waitMs: 3000 })
        expect(decideRetry(p, { status: 503, idempotent: false }, 1, 1001)).toEqual({
            retry: false,
            reason: 'budget_exceeded',
        })
        expect(decideRetry(p, { status: 429, retryAfterMs: 0, idempotent: true }, 3, 0)).toEqual({
            retry: false,
            reason: 'attempts_exhausted',
        })
        expect(decideRetry(p, { status: 504, idempotent: true }, 1, 0)).toEqual({ retry: true, waitMs: 3000 })
        expect(decideRetry(p, { status: 504, idempotent: false }, 1, 0)).toEqual({
            retry: false,
            reason: 'not_retryable',
        })
        expect(decideRetry(p, { status: 500, idempotent: true }, 1, 0)).toEqual({
            retry: false,
            reason: 'not_retryable',
        })
        expect(decideRetry(p, { status: 0, idempotent: false }, 1, 0)).toEqual({
            retry: false,
            reason: 'not_retryable',
        })
        expect(decideRetry(p, { status: 0, idempotent: true }, 1, 0)).toEqual({ retry: true, waitMs: 500 })
        expect(decideRetry({ ...p, retryTransportFailures: 'never' }, { status: 0, idempotent: true }, 1, 0)).toEqual({
            retry: false,
            reason: 'not_retryable',
        })
    })
})

describe('wall-clock limit of one call', () => {
    it('starts no retry whose wait and whole attempt would pass maxCallMs', () => {
        const p: RetryPolicy = INTERACTIVE_RETRY_POLICY
        expect(decideRetry(p, { status: 503, idempotent: true }, 1, 0, 4000)).toEqual({ retry: true, waitMs: 3000 })
        expect(decideRetry(p, { status: 503, idempotent: true }, 1, 0, 4001)).toEqual({
            retry: false,
            reason: 'budget_exceeded',
        })
    })

    it('gives a slow, failing Genesys one attempt when a second would keep the agent past 12 s', () => {
        const { client, transport, sleeper, clock } = harness()
        const slow503 = () => {
            clock.ms += 5000 // the answer took the whole request timeout
            return json(503, {})
        }
        transport.apiReplies.push(slow503, slow503, slow503)
        const result = client.park('c1', 'p1')
        expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', status: 503 } })
        expect(transport.apiRequests).toHaveLength(1)
        expect(sleeper.sleeps).toEqual([])
    })

    it('counts the token request against the same limit', () => {
        const { client, transport, clock } = harness()
        transport.loginReplies.push(() => {
            clock.ms += 6000
            return tokenReply()
        })
        transport.apiReplies.push(json(503, {}, { 'retry-after': '2' }), json(200, {}))
        const result = client.park('c1', 'p1')
        // 6 s token + first attempt, then 2 s wait + a 5 s attempt would reach 13 s: no retry.
        expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable' } })
        expect(transport.apiRequests).toHaveLength(1)
    })
})

describe('Genesys client retries', () => {
    it('honours Retry-After on 429 through the Sleeper, then succeeds', () => {
        const { client, transport, sleeper } = harness()
        transport.apiReplies.push(json(429, { code: 'too.many.requests' }, { 'retry-after': '2' }))
        expect(client.transferToQueue('c1', 'p1', 'q1')).toEqual({ ok: true, value: undefined })
        expect(sleeper.sleeps).toEqual([2000])
        expect(transport.apiRequests).toHaveLength(2)
    })

    it('waits 3 s when a retryable status carries no Retry-After', () => {
        const { client, transport, sleeper } = harness()
        transport.apiReplies.push(json(503, {}))
        expect(client.park('c1', 'p1').ok).toBe(true)
        expect(sleeper.sleeps).toEqual([3000])
    })

    it('gives up at once, without sleeping, when Retry-After exceeds the remaining budget: rate_limited + retryAfterSeconds', () => {
        const { client, transport, sleeper } = harness()
        transport.apiReplies.push(
            json(
                429,
                { code: 'too.many.requests', message: 'Rate limit exceeded' },
                {
                    'retry-after': '30',
                    ...CORRELATION,
                }
            )
        )
        const result = client.transferToAgent('c1', 'p1', 'u1')
        expect(result).toEqual({
            ok: false,
            error: {
                kind: 'rate_limited',
                status: 429,
                code: 'too.many.requests',
                message: 'HTTP 429: Rate limit exceeded',
                correlationId: 'corr-123',
                retryAfterSeconds: 30,
            },
        })
        expect(sleeper.sleeps).toEqual([])
        expect(transport.apiRequests).toHaveLength(1)
    })

    it('never sleeps more than the budget in total: 3 s + 3 s would pass 4 s, so the second wait is refused', () => {
        const { client, transport, sleeper } = harness()
        transport.apiReplies.push(json(503, {}), json(503, {}), json(200, {}))
        const result = client.park('c1', 'p1')
        expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', status: 503, retryAfterSeconds: 3 } })
        expect(sleeper.sleeps).toEqual([3000])
        expect(sleeper.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(INTERACTIVE_RETRY_POLICY.maxTotalWaitMs)
    })

    it.each([502, 503, 504])(
        'retries %i on an idempotent call and reports unavailable once attempts run out',
        (status) => {
            const { client, transport, sleeper } = harness()
            transport.apiReplies.push(...[1, 2, 3].map(() => json(status, {}, { 'retry-after': '1' })))
            const result = client.park('c1', 'p1')
            expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', status, retryAfterSeconds: 1 } })
            expect(transport.apiRequests).toHaveLength(3)
            expect(sleeper.sleeps).toEqual([1000, 1000])
        }
    )

    it('retries 503 on a transfer: Genesys did not process it', () => {
        const { client, transport, sleeper } = harness()
        transport.apiReplies.push(...[1, 2, 3].map(() => json(503, {}, { 'retry-after': '1' })))
        const result = client.transferToQueue('c1', 'p1', 'q1')
        expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', status: 503 } })
        expect(transport.apiRequests).toHaveLength(3)
        expect(sleeper.sleeps).toEqual([1000, 1000])
    })

    it.each([502, 504])('does not repeat a transfer after a %i: the gateway may have passed it on', (status) => {
        const { client, transport, sleeper } = harness()
        transport.apiReplies.push(json(status, {}, { 'retry-after': '1' }))
        const result = client.transferToQueue('c1', 'p1', 'q1')
        expect(result).toMatchObject({
            ok: false,
            error: { kind: 'unavailable', status, retryAfterSeconds: 1, maybeProcessed: true },
        })
        expect(transport.apiRequests).toHaveLength(1)
        expect(sleeper.sleeps).toEqual([])
    })

    it.each([
        [500, 'server'],
        [400, 'bad_request'],
        [403, 'forbidden'],
        [404, 'not_found'],
        [409, 'conflict'],
        [422, 'bad_request'],
    ])('does not retry %i (%s)', (status, kind) => {
        const { client, transport, sleeper } = harness()
        transport.apiReplies.push(json(status, { code: 'some.code', message: 'nope' }, CORRELATION))
        const result = client.park('c1', 'p1')
        expect(result).toMatchObject({
            ok: false,
            error: { kind, status, code: 'some.code', correlationId: 'corr-123' },
        })
        expect(transport.apiRequests).toHaveLength(1)
        expect(sleeper.sleeps).toEqual([])
    })

    it('retries a timeout for an idempotent PATCH (park) and a GET', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(timeout(), json(200, {}), timeout(), json(200, { id: 'c1', participants: [] }))
        expect(client.park('c1', 'p1').ok).toBe(true)
        expect(client.getEmailConversation('c1').ok).toBe(true)
        expect(transport.apiRequests).toHaveLength(4)
    })

    it('retries a timeout for disconnect-with-wrap-up (setting a final state twice is harmless)', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(timeout())
        expect(client.disconnectWithWrapup('c1', 'p1', { code: 'w1' }).ok).toBe(true)
        expect(transport.apiRequests).toHaveLength(2)
    })

    it('flags a refusal of the repeat after a timeout: the first attempt may have done the work', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(timeout(), json(400, { code: 'bad.request', message: 'participant is disconnected' }))
        expect(client.disconnectWithWrapup('c1', 'p1', { code: 'w1' })).toMatchObject({
            ok: false,
            error: { kind: 'bad_request', status: 400, afterUnclearAttempt: true },
        })
    })

    it('does not flag a refusal because the token request before it timed out and was repeated', () => {
        const { client, transport } = harness()
        transport.loginReplies.push(timeout())
        transport.apiReplies.push(json(400, {}))
        const result = client.disconnectWithWrapup('c1', 'p1', { code: 'w1' })
        expect(transport.tokenRequests).toHaveLength(2)
        expect(result).toMatchObject({ ok: false, error: { status: 400 } })
        expect(result.ok || result.error.afterUnclearAttempt).toBeFalsy()
    })

    it('does not flag a refusal that came at the first attempt, or after a clear 503', () => {
        for (const replies of [[json(400, {})], [json(503, {}, { 'retry-after': '1' }), json(400, {})]]) {
            const { client, transport } = harness()
            transport.apiReplies.push(...replies)
            const result = client.disconnectWithWrapup('c1', 'p1', { code: 'w1' })
            expect(result).toMatchObject({ ok: false, error: { status: 400 } })
            expect(result.ok || result.error.afterUnclearAttempt).toBeFalsy()
        }
    })

    it.each([
        [
            'createEmailConversation',
            (h: ReturnType<typeof harness>) =>
                h.client.createEmailConversation({
                    provider: 'SN',
                    queueId: 'q',
                    toAddress: 't',
                    fromAddress: 'f',
                    subject: 's',
                }),
        ],
        [
            'postInboundMessage',
            (h: ReturnType<typeof harness>) =>
                h.client.postInboundMessage('c1', { provider: 'SN', toAddress: 't', fromAddress: 'f', subject: 's' }),
        ],
        ['transferToQueue', (h: ReturnType<typeof harness>) => h.client.transferToQueue('c1', 'p1', 'q1')],
        ['transferToAgent', (h: ReturnType<typeof harness>) => h.client.transferToAgent('c1', 'p1', 'u1')],
        ['applyWrapup', (h: ReturnType<typeof harness>) => h.client.applyWrapup('c1', 'p1', 'm1', { code: 'w' })],
    ])('does not repeat a timed-out %s (a POST might have been applied), and says it may have been', (_name, act) => {
        const h = harness()
        h.transport.apiReplies.push(timeout())
        expect(act(h)).toMatchObject({ ok: false, error: { kind: 'timeout', status: 0, maybeProcessed: true } })
        expect(h.transport.apiRequests).toHaveLength(1)
    })

    it('a network failure on an idempotent call that never recovers comes back as network', () => {
        const { client, transport } = harness()
        const down = { ok: false as const, failure: { kind: 'network' as const, message: 'Connection refused' } }
        transport.apiReplies.push(down, down, down)
        expect(client.unpark('c1', 'p1')).toMatchObject({ ok: false, error: { kind: 'network', status: 0 } })
        expect(transport.apiRequests).toHaveLength(3)
    })

    it('a transport that throws is turned into a network error, not an exception', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(() => {
            throw new Error('boom')
        })
        expect(client.transferToQueue('c1', 'p1', 'q1')).toMatchObject({ ok: false, error: { kind: 'network' } })
    })

    it('background policy never sleeps: it hands the wait back for the outbox to reschedule', () => {
        const { client, transport, sleeper } = harness({ retryPolicy: BACKGROUND_RETRY_POLICY })
        transport.apiReplies.push(json(429, {}, { 'retry-after': '10' }))
        expect(client.disconnectWithWrapup('c1', 'p1', { code: 'w' })).toMatchObject({
            ok: false,
            error: { kind: 'rate_limited', retryAfterSeconds: 10 },
        })
        expect(transport.apiRequests).toHaveLength(1)
        expect(sleeper.sleeps).toEqual([])
    })

    it('passes the policy timeout to the transport on every request', () => {
        const { client, transport } = harness({ retryPolicy: BACKGROUND_RETRY_POLICY })
        client.park('c1', 'p1')
        expect(transport.requests.map((r) => r.timeoutMs)).toEqual([15000, 15000])
    })

    it('accepts Retry-After as an HTTP date', () => {
        const { client, transport, sleeper, clock } = harness()
        transport.apiReplies.push(json(429, {}, { 'retry-after': new Date(clock.ms + 2000).toUTCString() }))
        expect(client.park('c1', 'p1').ok).toBe(true)
        expect(sleeper.sleeps).toEqual([2000])
    })
})

describe('maybeProcessed: a failure that does not prove Genesys left the request alone', () => {
    const EMAIL = { provider: 'SN', queueId: 'q', toAddress: 't', fromAddress: 'f', subject: 's' }
    const refused = { ok: false as const, failure: { kind: 'network' as const, message: 'Connection reset' } }
    const flagOf = (result: GenesysResult<unknown>) => (result.ok ? 'ok' : 'maybeProcessed' in result.error)

    it.each([
        ['a timeout', () => timeout()],
        ['a network failure (possibly after the request was sent)', () => refused],
        ['a 502', () => json(502, {})],
        ['a 504', () => json(504, {})],
    ])('is set when a create fails with %s', (_what, reply) => {
        const { client, transport } = harness()
        transport.apiReplies.push(reply())
        const result = client.createEmailConversation(EMAIL)
        expect(result).toMatchObject({ ok: false, error: { maybeProcessed: true } })
        expect(transport.apiRequests).toHaveLength(1)
    })

    it.each([
        ['429 (not processed)', 429],
        ['503 (not processed)', 503],
        ['400 (refused)', 400],
        ['500', 500],
    ])('is not set when a create is answered %s', (_what, status) => {
        const { client, transport } = harness({ retryPolicy: BACKGROUND_RETRY_POLICY })
        transport.apiReplies.push(json(status, {}, { 'retry-after': '1' }))
        expect(flagOf(client.createEmailConversation(EMAIL))).toBe(false)
    })

    it('is not set for idempotent requests, which are safe to repeat whatever happened', () => {
        const { client, transport } = harness({ retryPolicy: BACKGROUND_RETRY_POLICY })
        transport.apiReplies.push(timeout(), json(504, {}), refused)
        expect(flagOf(client.park('c1', 'p1'))).toBe(false)
        expect(flagOf(client.disconnectWithWrapup('c1', 'p1', { code: 'w' }))).toBe(false)
        expect(flagOf(client.getEmailConversation('c1'))).toBe(false)
    })

    it('is not set when the token request fails: the create itself was never sent', () => {
        const { client, transport } = harness({ retryPolicy: BACKGROUND_RETRY_POLICY })
        transport.loginReplies.push(timeout())
        const result = client.createEmailConversation(EMAIL)
        expect(result.ok).toBe(false)
        expect(flagOf(result)).toBe(false)
        expect(transport.apiRequests).toHaveLength(0)
    })
})
