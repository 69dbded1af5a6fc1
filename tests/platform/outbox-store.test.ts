import type { OutboxItem } from '../../src/app/ports'
import { createOutboxStore } from '../../src/platform/outbox-store'
import {
    advanceClock,
    allRecords,
    GlideRecord,
    glideStats,
    readRecord,
    resetGlide,
    resetGlideStats,
    seedRecord,
} from '../fakes/glide'

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

    it("lists one interaction's pending rows, due or not, oldest first, in one read", () => {
        const store = createOutboxStore()
        const mine = seedRecord('interaction', { short_description: 'mine' })
        const other = seedRecord('interaction', { short_description: 'other' })
        store.enqueue(item('first', mine), T0 + 600_000, 'unavailable')
        advanceClock(1_000)
        store.enqueue(item('second', mine), T0 - 60_000, null)
        store.enqueue(item('someone else', other), T0, null)
        store.enqueue(item('finished', mine), T0, null)
        store.markDone(allRecords('x_gcer_outbox').find((r) => r.idempotency_key === 'finished')?.sys_id as string)
        store.enqueueDead(item('given up', mine), 'bad_request HTTP 400')
        resetGlideStats()
        const pending = store.pendingFor(mine)
        expect(glideStats()).toMatchObject({ reads: 1, writes: 0 })
        expect(pending.map((r) => r.idempotencyKey)).toEqual(['first', 'second'])
        expect(pending[0]).toMatchObject({ interaction: mine, state: 'pending', lastError: 'unavailable' })
        expect(store.pendingFor('')).toEqual([])
    })

    it('queries the interaction by field, so an id carrying encoded-query syntax matches nothing', () => {
        const store = createOutboxStore()
        store.enqueue(item('k'), T0, null)
        const encoded = jest.spyOn(GlideRecord.prototype, 'addEncodedQuery')
        try {
            expect(store.pendingFor('x^ORstate=pending')).toEqual([])
            expect(store.pendingFor('^NQstate=pending')).toEqual([])
            expect(encoded).not.toHaveBeenCalled()
        } finally {
            encoded.mockRestore()
        }
    })

    it('stores an update nothing may send automatically as dead, with its last error, once per key', () => {
        const store = createOutboxStore()
        resetGlideStats()
        store.enqueueDead(item('k'), 'uncertain: Genesys may have processed this request; check before Retry')
        expect(glideStats()).toMatchObject({ reads: 1, writes: 1 })
        store.enqueueDead({ ...item('k'), payload: 'different' }, 'other')
        expect(allRecords('x_gcer_outbox')).toHaveLength(1)
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({
            state: 'dead',
            attempts: '0',
            payload: '{"event":"hold"}',
            last_error: 'uncertain: Genesys may have processed this request; check before Retry',
        })
        expect(store.due(T0 + 999_999_999, 10)).toEqual([])
    })

    it('marks a superseded row done with the reason (one read + one write), so it is never sent', () => {
        const store = createOutboxStore()
        const interaction = seedRecord('interaction', { short_description: 'x' })
        store.enqueue(item('k', interaction), T0, 'unavailable')
        const sysId = allRecords('x_gcer_outbox')[0].sys_id as string
        resetGlideStats()
        store.markSuperseded(sysId, 'superseded: the agent disconnected the participant')
        expect(glideStats()).toMatchObject({ reads: 1, writes: 1 })
        expect(readRecord('x_gcer_outbox', sysId)).toMatchObject({
            state: 'done',
            last_error: 'superseded: the agent disconnected the participant',
        })
        expect(store.pendingFor(interaction)).toEqual([])
        expect(store.due(T0 + 999_999, 10)).toEqual([])
    })
})
