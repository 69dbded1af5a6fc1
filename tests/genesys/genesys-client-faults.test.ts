import { closedLoopbackPort } from '../support/closed-loopback-port'
import { createClientHarness, FAULT_TEST_POLICY, trail } from '../support/genesys-stand-in/client-harness'
import type { ClientHarness } from '../support/genesys-stand-in/client-harness'
import { DISCONNECTED_PARTICIPANT } from '../support/genesys-stand-in/participant-routes'
import { STAND_IN_EMAIL, STAND_IN_QUEUES } from '../support/genesys-stand-in/fixtures'
import { startStandIn } from '../support/genesys-stand-in/start-stand-in'
import type { RunningStandIn } from '../support/genesys-stand-in/start-stand-in'
import type { AssignedAgent, FaultSpec } from '../support/genesys-stand-in/stand-in-types'

/**
 * The unmodified REST client (src/genesys) against the stand-in over real loopback sockets, one
 * fault at a time. Policy: INTERACTIVE_RETRY_POLICY (3 attempts, 4 s wait budget, 3 s default
 * wait, 0.5 s after a transport failure, transport failures retried for idempotent calls only)
 * with a 300 ms per-attempt timeout. Waits go through the Sleeper port: nothing really sleeps.
 * Every case asserts the outcome, the sleeps and the exact requests the stand-in recorded.
 */
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
    standIn.admin.seedUsers([{ id: 'u-ada', name: 'Ada' }])
})

const QUEUES = 'GET /api/v2/routing/queues'
const TOKEN = 'POST /oauth/token'
const CREATE = 'POST /api/v2/conversations/emails'
const EMAIL = STAND_IN_EMAIL
const QUEUE_LIST = STAND_IN_QUEUES

function injectOn(method: string, path: string, fault: FaultSpec, times = 1): void {
    standIn.admin.injectFault({ method, path, fault, times })
}

/** A conversation answered by Ada, made through the client; recorded requests cleared afterwards. */
function connectedConversation(harness: ClientHarness): { cid: string; agent: AssignedAgent } {
    const created = harness.client.createEmailConversation(EMAIL)
    if (!created.ok) throw new Error(`setup: ${created.error.message}`)
    const agent = standIn.admin.assignAgent(created.value.conversationId, 'u-ada')
    standIn.admin.clearRequests()
    harness.clock.sleeps.length = 0
    return { cid: created.value.conversationId, agent }
}

function transferPath(cid: string, pid: string): string {
    return `/api/v2/conversations/${cid}/participants/${pid}/replace/queue`
}

describe('429 Too Many Requests', () => {
    it('waits the advertised Retry-After through the Sleeper, then succeeds', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'rate_limited', retryAfterSeconds: 2 })
        expect(client.listQueues()).toEqual({ ok: true, value: QUEUE_LIST })
        expect(clock.sleeps).toEqual([2000])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !rate_limited`, QUEUES])
    })

    it('Retry-After beyond the wait budget: rate_limited with retryAfterSeconds, no further request', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'rate_limited', retryAfterSeconds: 30 })
        expect(client.listQueues()).toEqual({
            ok: false,
            error: {
                kind: 'rate_limited',
                status: 429,
                code: 'too.many.requests',
                message: expect.stringContaining('HTTP 429'),
                correlationId: expect.any(String),
                retryAfterSeconds: 30,
            },
        })
        expect(clock.sleeps).toEqual([])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !rate_limited`])
    })

    it('persistent 429 within the budget: stops after maxAttempts (3)', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'rate_limited', retryAfterSeconds: 1 }, 5)
        const result = client.listQueues()
        expect(result.ok === false && [result.error.kind, result.error.retryAfterSeconds]).toEqual(['rate_limited', 1])
        expect(clock.sleeps).toEqual([1000, 1000])
        expect(trail(standIn)).toEqual([TOKEN, ...Array(3).fill(`${QUEUES} !rate_limited`)])
        expect(standIn.admin.pendingFaults()).toEqual([expect.objectContaining({ times: 2 })])
    })

    it('a POST answered 429 (not processed by Genesys) is retried too and creates one conversation', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('POST', '/api/v2/conversations/emails', { kind: 'rate_limited', retryAfterSeconds: 1 })
        expect(client.createEmailConversation(EMAIL)).toEqual({
            ok: true,
            value: { conversationId: expect.any(String) },
        })
        expect(clock.sleeps).toEqual([1000])
        expect(trail(standIn)).toEqual([TOKEN, `${CREATE} !rate_limited`, CREATE])
    })
})

describe('5xx', () => {
    it('500 is not retried: server error', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'status', status: 500 })
        expect(client.listQueues()).toEqual({
            ok: false,
            error: {
                kind: 'server',
                status: 500,
                code: 'internal.server.error',
                message: expect.any(String),
                correlationId: expect.any(String),
            },
        })
        expect(clock.sleeps).toEqual([])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !status`])
    })

    it('500 on a transfer (POST) is not retried either', () => {
        const harness = createClientHarness(standIn)
        const { cid, agent } = connectedConversation(harness)
        injectOn('POST', '/api/v2/conversations/*/participants/*/replace/queue', { kind: 'status', status: 500 })
        const result = harness.client.transferToQueue(cid, agent.participantId, 'q-billing')
        expect(result.ok === false && [result.error.kind, result.error.status]).toEqual(['server', 500])
        expect(trail(standIn)).toEqual([`POST ${transferPath(cid, agent.participantId)} !status`])
    })

    it.each([502, 503, 504])('%i once: retried after the default 3 s wait, then succeeds', (status) => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'status', status })
        expect(client.listQueues()).toEqual({ ok: true, value: QUEUE_LIST })
        expect(clock.sleeps).toEqual([3000])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !status`, QUEUES])
    })

    it.each([502, 503, 504])(
        '%i persistent without Retry-After: unavailable after 2 attempts (a second 3 s wait would pass the 4 s budget)',
        (status) => {
            const { client, clock } = createClientHarness(standIn)
            injectOn('GET', '/api/v2/routing/queues', { kind: 'status', status }, 5)
            const result = client.listQueues()
            expect(result).toEqual({
                ok: false,
                error: expect.objectContaining({ kind: 'unavailable', status, retryAfterSeconds: 3 }),
            })
            expect(clock.sleeps).toEqual([3000])
            expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !status`, `${QUEUES} !status`])
        }
    )

    it('504 on a create that Genesys may have carried out: not repeated, handed back as unavailable and maybe processed', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('POST', '/api/v2/conversations/emails', { kind: 'status', status: 504, afterProcessing: true })
        const created = client.createEmailConversation(EMAIL)
        expect(created.ok === false && created.error).toMatchObject({
            kind: 'unavailable',
            status: 504,
            retryAfterSeconds: 3,
            maybeProcessed: true,
        })
        expect(clock.sleeps).toEqual([])
        expect(trail(standIn)).toEqual([TOKEN, `${CREATE} !status`])
        expect(standIn.admin.conversationIds()).toHaveLength(1)
    })

    it('503 on a create: Genesys did not process it, so it is retried', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('POST', '/api/v2/conversations/emails', { kind: 'status', status: 503 })
        const created = client.createEmailConversation(EMAIL)
        expect(created.ok).toBe(true)
        expect(clock.sleeps).toEqual([3000])
        expect(trail(standIn)).toEqual([TOKEN, `${CREATE} !status`, CREATE])
        expect(standIn.admin.conversationIds()).toHaveLength(1)
    })

    it('503 persistent with Retry-After 1: unavailable after maxAttempts (3)', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'status', status: 503, retryAfterSeconds: 1 }, 5)
        const result = client.listQueues()
        expect(result.ok === false && [result.error.kind, result.error.retryAfterSeconds]).toEqual(['unavailable', 1])
        expect(clock.sleeps).toEqual([1000, 1000])
        expect(trail(standIn)).toEqual([TOKEN, ...Array(3).fill(`${QUEUES} !status`)])
    })
})

describe('slow response past the client timeout (300 ms per attempt)', () => {
    it('idempotent GET: timeout after 3 attempts, 0.5 s apart', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'delay', delayMs: 1000 }, 3)
        expect(client.listQueues()).toEqual({
            ok: false,
            error: { kind: 'timeout', status: 0, message: expect.stringContaining('Timed out') },
        })
        expect(clock.sleeps).toEqual([500, 500])
        expect(trail(standIn)).toEqual([TOKEN, ...Array(3).fill(`${QUEUES} !delay`)])
    })

    it('idempotent GET slow once: the retry succeeds', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'delay', delayMs: 1000 })
        expect(client.listQueues()).toEqual({ ok: true, value: QUEUE_LIST })
        expect(clock.sleeps).toEqual([500])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !delay`, QUEUES])
    })

    it('transfer (POST, not idempotent): timeout after 1 attempt, though Genesys went on to do it', () => {
        const harness = createClientHarness(standIn)
        const { cid, agent } = connectedConversation(harness)
        injectOn('POST', '/api/v2/conversations/*/participants/*/replace/queue', { kind: 'delay', delayMs: 450 })
        const result = harness.client.transferToQueue(cid, agent.participantId, 'q-billing')
        expect(result.ok === false && [result.error.kind, result.error.status, result.error.maybeProcessed]).toEqual([
            'timeout',
            0,
            true,
        ])
        expect(harness.clock.sleeps).toEqual([])
        expect(trail(standIn)).toEqual([`POST ${transferPath(cid, agent.participantId)} !delay`])
        expect(waitForAgentState(cid, agent.participantId, 'disconnected', 2000)).toBe(true)
    })
})

describe('expired token (401)', () => {
    it('one 401: exactly one token refresh, the request repeated once, success', () => {
        const { client, tokenStore } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'expire_token' })
        expect(client.listQueues()).toEqual({ ok: true, value: QUEUE_LIST })
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !expire_token`, TOKEN, QUEUES])
        const [, rejected, , accepted] = standIn.admin.requests()
        expect(rejected.headers['authorization']).not.toBe(accepted.headers['authorization'])
        expect(accepted.headers['authorization']).toBe(`Bearer ${tokenStore.get()?.accessToken}`)
    })

    it('a second 401 after the refresh is final: auth error', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'expire_token' }, 2)
        expect(client.listQueues()).toEqual({
            ok: false,
            error: {
                kind: 'auth',
                status: 401,
                code: 'bad.credentials',
                message: expect.any(String),
                correlationId: expect.any(String),
            },
        })
        expect(clock.sleeps).toEqual([])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !expire_token`, TOKEN, `${QUEUES} !expire_token`])
    })

    it('token revoked server-side while the client still holds it as fresh: one refresh, then success', () => {
        const { client } = createClientHarness(standIn)
        expect(client.listQueues().ok).toBe(true)
        standIn.admin.expireAllTokens()
        standIn.admin.clearRequests()
        expect(client.listQueues()).toEqual({ ok: true, value: QUEUE_LIST })
        expect(trail(standIn)).toEqual([QUEUES, TOKEN, QUEUES])
    })

    it('wrong client secret: auth error from the token request, no API request', () => {
        const { client } = createClientHarness(standIn, { clientSecret: 'not-the-secret' })
        const result = client.listQueues()
        expect(result.ok === false && [result.error.kind, result.error.status, result.error.code]).toEqual([
            'auth',
            401,
            'invalid_client',
        ])
        expect(result.ok === false && result.error.message).not.toContain('not-the-secret')
        expect(trail(standIn)).toEqual([TOKEN])
    })

    it('503 on the token request: retried like any call, then the API request goes out', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('POST', '/oauth/token', { kind: 'status', status: 503, retryAfterSeconds: 1 })
        expect(client.listQueues()).toEqual({ ok: true, value: QUEUE_LIST })
        expect(clock.sleeps).toEqual([1000])
        expect(trail(standIn)).toEqual([`${TOKEN} !status`, TOKEN, QUEUES])
    })
})

describe('malformed JSON on 200', () => {
    it('getEmailConversation: invalid_response, not retried', () => {
        const harness = createClientHarness(standIn)
        const { cid } = connectedConversation(harness)
        injectOn('GET', '/api/v2/conversations/emails/*', { kind: 'malformed_json' })
        expect(harness.client.getEmailConversation(cid)).toEqual({
            ok: false,
            error: {
                kind: 'invalid_response',
                status: 200,
                code: 'invalid.response',
                message: expect.any(String),
                correlationId: expect.any(String),
            },
        })
        expect(trail(standIn)).toEqual([`GET /api/v2/conversations/emails/${cid} !malformed_json`])
    })

    it('listQueues: invalid_response, not retried', () => {
        const { client } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'malformed_json' })
        const result = client.listQueues()
        expect(result.ok === false && [result.error.kind, result.error.status]).toEqual(['invalid_response', 200])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !malformed_json`])
    })

    it('token response: invalid_response, no API request', () => {
        const { client } = createClientHarness(standIn)
        injectOn('POST', '/oauth/token', { kind: 'malformed_json' })
        const result = client.listQueues()
        expect(result.ok === false && result.error.kind).toBe('invalid_response')
        expect(trail(standIn)).toEqual([`${TOKEN} !malformed_json`])
    })
})

describe('connection reset / refused', () => {
    it('idempotent GET reset once: retried after 0.5 s, then succeeds', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('GET', '/api/v2/routing/queues', { kind: 'reset' })
        expect(client.listQueues()).toEqual({ ok: true, value: QUEUE_LIST })
        expect(clock.sleeps).toEqual([500])
        expect(trail(standIn)).toEqual([TOKEN, `${QUEUES} !reset`, QUEUES])
    })

    it('create (POST) reset: network error after 1 attempt, flagged as possibly processed', () => {
        const { client, clock } = createClientHarness(standIn)
        injectOn('POST', '/api/v2/conversations/emails', { kind: 'reset' })
        expect(client.createEmailConversation(EMAIL)).toEqual({
            ok: false,
            error: {
                kind: 'network',
                status: 0,
                message: expect.stringContaining('Network failure'),
                maybeProcessed: true,
            },
        })
        expect(clock.sleeps).toEqual([])
        expect(trail(standIn)).toEqual([TOKEN, `${CREATE} !reset`])
    })

    it('nothing listening: the (idempotent) token request fails 3 times, network error', async () => {
        const unused = `http://127.0.0.1:${await closedLoopbackPort()}`
        const harness = createClientHarness(standIn, { baseUrl: unused })
        const result = harness.client.listQueues()
        expect(result.ok === false && [result.error.kind, result.error.status]).toEqual(['network', 0])
        expect(harness.clock.sleeps).toEqual([500, 500])
        expect(harness.sent.map((r) => r.url)).toEqual(Array(3).fill('https://login.mypurecloud.ie/oauth/token'))
        expect(trail(standIn)).toEqual([])
    })
})

describe('participant already disconnected', () => {
    it('transfer of a participant already transferred: bad_request with the Genesys code, not retried', () => {
        const harness = createClientHarness(standIn)
        const { cid, agent } = connectedConversation(harness)
        expect(harness.client.transferToQueue(cid, agent.participantId, 'q-billing').ok).toBe(true)
        expect(harness.client.transferToQueue(cid, agent.participantId, 'q-billing')).toEqual({
            ok: false,
            error: {
                kind: 'bad_request',
                status: DISCONNECTED_PARTICIPANT.status,
                code: DISCONNECTED_PARTICIPANT.code,
                message: expect.stringContaining('disconnected'),
                correlationId: expect.any(String),
            },
        })
        const path = `POST ${transferPath(cid, agent.participantId)}`
        expect(trail(standIn)).toEqual([path, path])
    })

    it('park after disconnect: bad_request, not retried', () => {
        const harness = createClientHarness(standIn)
        const { cid, agent } = connectedConversation(harness)
        expect(harness.client.disconnectWithWrapup(cid, agent.participantId, { code: 'w-1' }).ok).toBe(true)
        const parked = harness.client.park(cid, agent.participantId)
        expect(parked.ok === false && [parked.error.kind, parked.error.status]).toEqual(['bad_request', 400])
        expect(trail(standIn)).toHaveLength(2)
    })
})

it('uses the interactive policy with only the timeout shortened', () => {
    expect(FAULT_TEST_POLICY).toMatchObject({
        maxAttempts: 3,
        maxTotalWaitMs: 4000,
        defaultRetryAfterMs: 3000,
        transportRetryWaitMs: 500,
        requestTimeoutMs: 300,
        retryableStatuses: [429, 503],
        idempotentOnlyStatuses: [502, 504],
        retryTransportFailures: 'idempotent_only',
    })
})

/** Polls the stand-in (bounded) until the participant reaches `state`. */
function waitForAgentState(cid: string, pid: string, state: string, withinMs: number): boolean {
    const deadline = Date.now() + withinMs
    for (let i = 0; i < 100 && Date.now() < deadline; i++) {
        const conversation = standIn.admin.conversation(cid) as { participants: { id: string; state: string }[] }
        if (conversation.participants.find((p) => p.id === pid)?.state === state) return true
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
    }
    return false
}
