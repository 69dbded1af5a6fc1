import type { OutboxItem } from '../../src/app/ports'
import { createOutboxStore } from '../../src/platform/outbox-store'
import { allRecords, glideStats, readRecord, resetGlide, resetGlideStats, seedRecord } from '../fakes/glide'

const T0 = Date.UTC(2025, 0, 1, 10, 0, 0)

beforeEach(() => resetGlide({ schema: true }))

function item(key: string, interaction = seedRecord('interaction', { short_description: 'x' })): OutboxItem {
    return { interaction, operation: 'park', payload: '{"event":"hold"}', idempotencyKey: key }
}

describe('outbox store', () => {
    it('enqueues a pending row with the next attempt as a GlideDateTime (one read for the key, one write)', () => {
        const store = createOutboxStore()
        const it1 = item('k1')
        resetGlideStats()
        store.enqueue(it1, T0 + 30_000, 'timeout: no answer')
        expect(glideStats()).toMatchObject({ reads: 1, writes: 1 })
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({
            interaction: it1.interaction,
            operation: 'park',
            payload: '{"event":"hold"}',
            idempotency_key: 'k1',
            state: 'pending',
            attempts: '0',
            next_attempt_at: '2025-01-01 10:00:30',
            last_error: 'timeout: no answer',
        })
    })

    it('ignores a second enqueue with the same idempotency key', () => {
        const store = createOutboxStore()
        store.enqueue(item('k1'), T0, null)
        store.enqueue({ ...item('k1'), payload: 'different' }, T0, null)
        expect(allRecords('x_gcer_outbox')).toHaveLength(1)
        expect(allRecords('x_gcer_outbox')[0].payload).toBe('{"event":"hold"}')
    })

    it('returns due pending rows oldest first, up to the limit, and round-trips them', () => {
        const store = createOutboxStore()
        store.enqueue(item('late'), T0 + 60_000, null)
        store.enqueue(item('second'), T0 - 1_000, null)
        store.enqueue(item('first'), T0 - 5_000, 'e')
        store.enqueue(item('done'), T0 - 9_000, null)
        const doneRow = allRecords('x_gcer_outbox').find((r) => r.idempotency_key === 'done')
        store.markDone(doneRow?.sys_id as string)
        resetGlideStats()
        const due = store.due(T0, 10)
        expect(glideStats()).toMatchObject({ reads: 1, writes: 0 })
        expect(due.map((r) => r.idempotencyKey)).toEqual(['first', 'second'])
        expect(due[0]).toMatchObject({
            operation: 'park',
            attempts: 0,
            nextAttemptAtMs: T0 - 5_000,
            lastError: 'e',
            state: 'pending',
        })
        expect(store.due(T0, 1).map((r) => r.idempotencyKey)).toEqual(['first'])
    })

    it('marks retry and dead with attempts, next time and last error (one read + one write each)', () => {
        const store = createOutboxStore()
        store.enqueue(item('k'), T0, null)
        const sysId = allRecords('x_gcer_outbox')[0].sys_id as string
        resetGlideStats()
        store.markRetry(sysId, 2, T0 + 120_000, 'rate_limited HTTP 429')
        expect(readRecord('x_gcer_outbox', sysId)).toMatchObject({
            attempts: '2',
            next_attempt_at: '2025-01-01 10:02:00',
            last_error: 'rate_limited HTTP 429',
            state: 'pending',
        })
        store.markDead(sysId, 10, 'x'.repeat(3000))
        const dead = readRecord('x_gcer_outbox', sysId)
        expect(dead).toMatchObject({ state: 'dead', attempts: '10' })
        expect(dead?.last_error).toHaveLength(1000)
        expect(store.due(T0 + 999_999, 10)).toEqual([])
        expect(glideStats()).toMatchObject({ reads: 3, writes: 2 })
    })
})
