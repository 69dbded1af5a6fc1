/**
 * Scale and waiting, measured through the real entry points over the counting Glide fakes:
 * - Transfer Email's options with 5,000 mapped agents and as many mapped queues as the property holds:
 *   Glide queries must not grow with the number of agents;
 * - the outbox's delivery rate against the 300 requests/min a Genesys token may make;
 * - what an agent waits when Genesys answers one 503 (simulated clock: no real sleeping).
 * Exits non-zero when a budget is missed.
 */
import * as workspaceAjax from '../../src/server/workspace-ajax'
import { OUTBOX_BUDGET } from '../../src/app/outbox'
import { PROPERTY } from '../../src/platform/property-names'
import { ok } from '../../src/domain/result'
import { createGenesysClient } from '../../src/genesys/genesys-client'
import { createMemoryTokenStore } from '../../src/genesys/genesys-ports'
import type { HttpRequest, TransportOutcome } from '../../src/genesys/http-transport'
import { INTERACTIVE_RETRY_POLICY } from '../../src/genesys/retry-policy'
import { glideStats, resetGlideStats, seedRecord, setProperty } from '../../tests/fakes/glide'
import { e2eInstance, seedRoutedInteraction, signIn } from '../../tests/support/e2e-instance'

let missed = 0
const row = (...cells: (string | number)[]) => console.log(cells.map(String).join(' | '))

// 1. Transfer options at scale.
console.log('\nTransfer Email: list targets')
row('mapped agents', 'mapped queues', 'Glide queries', 'rows read', 'ms (fakes)')
const queries: number[] = []
for (const agents of [50, 5_000]) {
    const { alice } = e2eInstance()
    // A property value holds at most 4000 characters: as many queues as fit.
    const mappings: { queueId: string; name: string; default?: boolean }[] = []
    for (let q = 0; JSON.stringify(mappings).length < 3900; q++)
        mappings.push({
            queueId: `${String(q).padStart(8, '0')}-1111-4111-8111-111111111111`,
            name: `Q${q}`,
            ...(q === 0 ? { default: true } : {}),
        })
    mappings.pop()
    setProperty(PROPERTY.queueMappings, JSON.stringify(mappings))
    for (let i = 0; i < agents; i++)
        seedRecord('sys_user', {
            name: `Agent ${i}`,
            user_name: `agent${i}`,
            active: true,
            x_gcer_genesys_user_id: `${String(i).padStart(8, '0')}-2222-4222-8222-222222222222`,
        })
    const id = seedRoutedInteraction('connected', alice)
    signIn(alice, ['x_gcer.agent'])
    resetGlideStats()
    const started = Date.now()
    const reply = JSON.parse(
        workspaceAjax.getTransferOptions({ getParameter: (n: string) => (n === 'sysparm_interaction' ? id : null) })
    )
    const ms = Date.now() - started
    const stats = glideStats()
    queries.push(stats.reads)
    row(agents, mappings.length, stats.reads, reply.options?.length ?? 0, ms)
}
if (queries[1] > queries[0]) missed++

// 2. Outbox delivery rate: a run takes at most OUTBOX_BUDGET.maxRows rows a minute.
console.log('\nOutbox delivery rate (job every minute)')
row('rows per run at most', 'Genesys requests per minute', 'share of 300/min')
row(
    OUTBOX_BUDGET.maxRows,
    OUTBOX_BUDGET.maxRows,
    `${((OUTBOX_BUDGET.maxRows / 300) * 100).toFixed(1)}% (+ the reconciler's 16.7%)`
)
if (OUTBOX_BUDGET.maxRows + 50 > 300 * 0.5) missed++

// 3. One 503 while an agent waits: the real client, interactive policy, on a simulated clock.
console.log('\nAgent-facing wait with one 503 (interactive policy; simulated clock, every answer instant)')
row('Retry-After', 'Genesys requests', 'agent waited (ms)')
const waits: number[] = []
for (const retryAfter of [undefined, 0, 1, 2, 3, 4, 5]) {
    const clock = { ms: 0 }
    let calls = 0
    const transport = {
        send(request: HttpRequest): TransportOutcome {
            if (request.url.indexOf('https://login.') === 0)
                return {
                    ok: true,
                    response: {
                        status: 200,
                        headers: {},
                        body: JSON.stringify({ access_token: 't', expires_in: 86400 }),
                    },
                }
            calls++
            if (calls > 1) return { ok: true, response: { status: 202, headers: {}, body: '' } }
            const headers: Record<string, string> =
                retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }
            return { ok: true, response: { status: 503, headers, body: '{"status":503,"code":"service.unavailable"}' } }
        },
    }
    const client = createGenesysClient({
        environment: 'mypurecloud.ie',
        transport,
        credentials: { get: () => ok({ clientId: 'bench', clientSecret: 'bench-secret' }) },
        tokenStore: createMemoryTokenStore(),
        clock: { nowMs: () => clock.ms },
        sleeper: { sleep: (ms) => (clock.ms += ms) },
        retryPolicy: INTERACTIVE_RETRY_POLICY,
    })
    const started = clock.ms
    const parked = client.park('c1111111-1111-4111-8111-111111111111', 'f1111111-1111-4111-8111-111111111111')
    waits.push(clock.ms - started)
    row(
        retryAfter === undefined ? 'absent' : `${retryAfter} s`,
        `${calls}${parked.ok ? '' : ' (gave up)'}`,
        waits.at(-1) as number
    )
}
const sorted = [...waits].sort((a, b) => a - b)
console.log(
    `median ${sorted[Math.floor(sorted.length / 2)]} ms, worst ${sorted.at(-1)} ms (the policy waits at most ${INTERACTIVE_RETRY_POLICY.maxTotalWaitMs} ms)`
)
if ((sorted.at(-1) as number) > INTERACTIVE_RETRY_POLICY.maxTotalWaitMs) missed++

if (missed) {
    console.log('\nA scale budget was missed.')
    process.exitCode = 1
} else console.log('\nScale within budget.')
