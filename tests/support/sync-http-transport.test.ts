import { closedLoopbackPort } from './closed-loopback-port'
import { startStandIn } from './genesys-stand-in/start-stand-in'
import type { RunningStandIn } from './genesys-stand-in/start-stand-in'
import { SyncHttpTransport } from './sync-http-transport'

let standIn: RunningStandIn

beforeAll(async () => {
    standIn = await startStandIn()
})

afterAll(async () => {
    await standIn.close()
})

beforeEach(() => standIn.admin.reset())

describe('SyncHttpTransport (real HTTP over loopback, synchronous)', () => {
    it('returns the response synchronously with lower-cased header names', () => {
        const outcome = standIn.transport.send({
            method: 'GET',
            url: `${standIn.baseUrl}/api/v2/routing/queues`,
            headers: { Accept: 'application/json' },
            timeoutMs: 2000,
        })
        expect(outcome.ok).toBe(true)
        if (!outcome.ok) return
        expect(outcome.response.status).toBe(401)
        expect(Object.keys(outcome.response.headers)).toContain('inin-correlation-id')
        expect(Object.keys(outcome.response.headers).every((name) => name === name.toLowerCase())).toBe(true)
    })

    it('sends the body and headers as given', () => {
        standIn.transport.send({
            method: 'POST',
            url: `${standIn.baseUrl}/api/v2/conversations/emails?x=1`,
            headers: { 'Content-Type': 'application/json', 'X-Probe': 'yes' },
            body: '{"a":"é"}',
            timeoutMs: 2000,
        })
        const [recorded] = standIn.admin.requests()
        expect(recorded).toMatchObject({
            method: 'POST',
            path: '/api/v2/conversations/emails',
            query: { x: '1' },
            body: '{"a":"é"}',
        })
        expect(recorded.headers['x-probe']).toBe('yes')
    })

    it('gives up after timeoutMs with a timeout failure', () => {
        standIn.admin.injectFault({ path: '/api/v2/routing/queues', fault: { kind: 'delay', delayMs: 1500 } })
        const started = Date.now()
        const outcome = standIn.transport.send({
            method: 'GET',
            url: `${standIn.baseUrl}/api/v2/routing/queues`,
            headers: {},
            timeoutMs: 250,
        })
        const elapsed = Date.now() - started
        expect(outcome).toEqual({ ok: false, failure: { kind: 'timeout', message: expect.any(String) } })
        expect(elapsed).toBeGreaterThanOrEqual(240)
        expect(elapsed).toBeLessThan(1200)
    })

    it('stays usable after a timeout: the late answer is not mistaken for the next one', () => {
        standIn.admin.injectFault({ path: '/api/v2/routing/queues', fault: { kind: 'delay', delayMs: 300 } })
        const url = `${standIn.baseUrl}/api/v2/routing/queues`
        expect(standIn.transport.send({ method: 'GET', url, headers: {}, timeoutMs: 100 }).ok).toBe(false)
        const next = standIn.transport.send({
            method: 'GET',
            url: `${standIn.baseUrl}/nowhere`,
            headers: {},
            timeoutMs: 2000,
        })
        expect(next.ok && next.response.status).toBe(404)
    })

    it('reports a reset connection as a network failure', () => {
        standIn.admin.injectFault({ path: '/api/v2/routing/queues', fault: { kind: 'reset' } })
        const outcome = standIn.transport.send({
            method: 'GET',
            url: `${standIn.baseUrl}/api/v2/routing/queues`,
            headers: {},
            timeoutMs: 2000,
        })
        expect(outcome).toEqual({ ok: false, failure: { kind: 'network', message: expect.any(String) } })
    })

    it('reports a refused connection to a closed port as a network failure', async () => {
        const port = await closedLoopbackPort()
        const outcome = standIn.transport.send({
            method: 'GET',
            url: `http://127.0.0.1:${port}/api/v2/routing/queues`,
            headers: {},
            timeoutMs: 2000,
        })
        expect(outcome).toEqual({
            ok: false,
            failure: { kind: 'network', message: expect.stringContaining('ECONNREFUSED') },
        })
    })

    it('refuses any host but 127.0.0.1 without sending anything', () => {
        for (const url of [
            'https://api.mypurecloud.com/api/v2/routing/queues',
            'http://localhost:1/',
            'http://10.0.0.1/',
        ]) {
            const outcome = standIn.transport.send({ method: 'GET', url, headers: {}, timeoutMs: 100 })
            expect(outcome).toEqual({
                ok: false,
                failure: { kind: 'network', message: expect.stringContaining('refused') },
            })
        }
    })

    it('answers network failure once closed', async () => {
        const transport = new SyncHttpTransport()
        await transport.close()
        const outcome = transport.send({ method: 'GET', url: `${standIn.baseUrl}/`, headers: {}, timeoutMs: 100 })
        expect(outcome.ok).toBe(false)
    })
})
