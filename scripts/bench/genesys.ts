/**
 * Genesys request counts, measured on the real client over a counting fake transport and a
 * simulated clock (no network, no waiting). Run: npx esbuild scripts/bench/genesys.ts --bundle --platform=node | node
 * Exits non-zero when a target is missed, so `npm run bench` can gate on it.
 */
import { ok } from '../../src/domain/result'
import type { GenesysApi } from '../../src/genesys/genesys-api'
import { createGenesysClient } from '../../src/genesys/genesys-client'
import { createMemoryTokenStore, type TokenStore } from '../../src/genesys/genesys-ports'
import type { HttpRequest, TransportOutcome } from '../../src/genesys/http-transport'
import { BACKGROUND_RETRY_POLICY, INTERACTIVE_RETRY_POLICY } from '../../src/genesys/retry-policy'

const DAY_S = 86_400
const QUEUE_COUNT = 250

class CountingTransport {
    api = 0
    token = 0
    send(request: HttpRequest): TransportOutcome {
        const reply = (body: unknown): TransportOutcome => ({
            ok: true,
            response: { status: 200, headers: {}, body: JSON.stringify(body) },
        })
        if (request.url.indexOf('https://login.') === 0) {
            this.token++
            return reply({ access_token: `token-${this.token}`, token_type: 'bearer', expires_in: DAY_S })
        }
        this.api++
        const page = /pageNumber=(\d+)/.exec(request.url)
        if (page) {
            const n = Number(page[1])
            const pageCount = Math.ceil(QUEUE_COUNT / 100)
            const size = n < pageCount ? 100 : QUEUE_COUNT - 100 * (pageCount - 1)
            return reply({
                entities: Array.from({ length: size }, (_, i) => ({ id: `q${n}-${i}`, name: 'Q' })),
                pageNumber: n,
                pageCount,
            })
        }
        return reply({ id: 'conv-1', participants: [] })
    }
}

function newClient(transport: CountingTransport, clock: { ms: number }, store: TokenStore): GenesysApi {
    return createGenesysClient({
        environment: 'mypurecloud.ie',
        transport,
        credentials: { get: () => ok({ clientId: 'bench-client', clientSecret: 'bench-secret' }) },
        tokenStore: store,
        clock: { nowMs: () => clock.ms },
        sleeper: { sleep: (ms) => (clock.ms += ms) },
    })
}

const OPERATIONS: [string, (c: GenesysApi) => unknown, number | undefined][] = [
    [
        'createEmailConversation',
        (c) =>
            c.createEmailConversation({ provider: 'SN', queueId: 'q', toAddress: 't', fromAddress: 'f', subject: 's' }),
        1,
    ],
    [
        'postInboundMessage',
        (c) => c.postInboundMessage('c', { provider: 'SN', toAddress: 't', fromAddress: 'f', subject: 's' }),
        1,
    ],
    ['getEmailConversation', (c) => c.getEmailConversation('c'), 1],
    ['transferToQueue', (c) => c.transferToQueue('c', 'p', 'q'), 1],
    ['transferToAgent', (c) => c.transferToAgent('c', 'p', 'u'), 1],
    ['park', (c) => c.park('c', 'p'), 1],
    ['unpark', (c) => c.unpark('c', 'p'), 1],
    ['disconnectWithWrapup', (c) => c.disconnectWithWrapup('c', 'p', { code: 'w' }), 1],
    ['applyWrapup', (c) => c.applyWrapup('c', 'm', 'x', { code: 'w' }), 1],
    [`listQueues (${QUEUE_COUNT} queues)`, (c) => c.listQueues(), Math.ceil(QUEUE_COUNT / 100)],
    [`listQueueWrapupCodes (${QUEUE_COUNT} codes)`, (c) => c.listQueueWrapupCodes('q'), Math.ceil(QUEUE_COUNT / 100)],
]

const failures: string[] = []

function table(title: string, header: string[], rows: (string | number)[][]): void {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
    const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')
    console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`)
    for (const row of rows) console.log(line(row))
}

// 1. Requests per operation once a token is cached.
{
    const transport = new CountingTransport()
    const clock = { ms: Date.UTC(2025, 0, 1) }
    const client = newClient(transport, clock, createMemoryTokenStore())
    client.park('warm', 'up')
    const rows = OPERATIONS.map(([name, run, target]) => {
        const before = { api: transport.api, token: transport.token }
        run(client)
        const api = transport.api - before.api
        const token = transport.token - before.token
        const pass = (target === undefined || api === target) && token === 0
        if (!pass) failures.push(`${name}: ${api} API + ${token} token requests, target ${target}`)
        return [name, api, token, target === undefined ? '-' : target, pass ? 'ok' : 'MISSED']
    })
    table('Genesys HTTP requests per operation (token cached)', ['operation', 'API', 'token', 'target', ''], rows)
}

// 2. Token requests per 1,000 operations with a 24 h token, one client per transaction sharing the store.
{
    const scenarios: [string, number, number][] = [
        ['1,000 ops over 8 h', 1000, 8 * 3600],
        ['1,000 ops over 23 h', 1000, 23 * 3600],
        ['1,000 ops over 72 h', 1000, 72 * 3600],
    ]
    const rows = scenarios.map(([name, count, spanS]) => {
        const transport = new CountingTransport()
        const clock = { ms: Date.UTC(2025, 0, 1) }
        const store = createMemoryTokenStore()
        for (let i = 0; i < count; i++) {
            newClient(transport, clock, store).park('c', 'p')
            clock.ms += (spanS * 1000) / count
        }
        const target = Math.ceil(spanS / (DAY_S - 60))
        const pass = transport.token <= target
        if (!pass) failures.push(`${name}: ${transport.token} token requests, target ${target}`)
        return [name, transport.api, transport.token, target, pass ? 'ok' : 'MISSED']
    })
    table(
        'Token requests, 24 h token, a new client per transaction (shared TokenStore)',
        ['scenario', 'API', 'token', 'target', ''],
        rows
    )
}

// 3. What the retry presets cost at worst, measured: every answer takes the whole request timeout
// (simulated clock), and Genesys keeps failing with each kind of transient answer.
{
    const slowFailures: [string, () => TransportOutcome][] = [
        ['503, no Retry-After', () => ({ ok: true, response: { status: 503, headers: {}, body: '{}' } })],
        [
            '429, Retry-After 1',
            () => ({ ok: true, response: { status: 429, headers: { 'retry-after': '1' }, body: '{}' } }),
        ],
        ['timeout', () => ({ ok: false, failure: { kind: 'timeout', message: 'Read timed out' } })],
    ]
    const rows = [INTERACTIVE_RETRY_POLICY, BACKGROUND_RETRY_POLICY].map((policy) => {
        let worst = 0
        for (const [, answer] of slowFailures) {
            const clock = { ms: 0 }
            const store = createMemoryTokenStore()
            store.put({ accessToken: 'cached', expiresAtMs: Number.MAX_SAFE_INTEGER })
            const client = createGenesysClient({
                environment: 'mypurecloud.ie',
                transport: {
                    send: () => {
                        clock.ms += policy.requestTimeoutMs
                        return answer()
                    },
                },
                credentials: { get: () => ok({ clientId: 'bench-client', clientSecret: 'bench-secret' }) },
                tokenStore: store,
                clock: { nowMs: () => clock.ms },
                sleeper: { sleep: (ms) => (clock.ms += ms) },
                retryPolicy: policy,
            })
            client.park('c1', 'p1')
            worst = Math.max(worst, clock.ms)
        }
        if (worst > policy.maxCallMs)
            failures.push(`${policy.name}: one call blocked ${worst} ms > ${policy.maxCallMs}`)
        return [
            policy.name,
            policy.maxAttempts,
            policy.maxTotalWaitMs,
            policy.requestTimeoutMs,
            policy.maxCallMs,
            worst,
        ]
    })
    table(
        'Retry presets: longest one idempotent call blocked, measured (ms; every answer takes the full timeout)',
        ['policy', 'attempts', 'wait budget', 'timeout', 'call limit', 'worst measured'],
        rows
    )
}

if (failures.length > 0) {
    console.error(`\nMISSED:\n${failures.join('\n')}`)
    process.exitCode = 1
} else {
    console.log('\nAll Genesys request-count targets met.')
}
