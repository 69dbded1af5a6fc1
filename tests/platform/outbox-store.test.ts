import type { OutboxClaim, OutboxItem, OutboxStore } from '../../src/app/ports'
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
    setNow,
} from '../fakes/glide'

const T0 = Date.UTC(2025, 0, 1, 10, 0, 0)
const CLAIM_MS = 60_000
const OUTBOX = 'x_gcer_outbox'

beforeEach(() => {
    resetGlide()
    setNow(T0)
})

function item(key: string, interaction = seedRecord('interaction', { short_description: 'x' })): OutboxItem {
    return { interaction, operation: 'park', payload: '{"event":"hold"}', idempotencyKey: key }
}

const claimBy = (claimant: string, nowMs = T0): OutboxClaim => ({ claimant, untilMs: nowMs + CLAIM_MS })

function sysIdOf(key: string): string {
    const row = allRecords(OUTBOX).find((r) => r.idempotency_key === key)
    if (!row) throw new Error(`no outbox row ${key}`)
    return row.sys_id as string
}

const keys = (rows: readonly { idempotencyKey: string }[]) => rows.map((r) => r.idempotencyKey)

/** Adds a row and claims it for `claimant` at T0 (what a worker holds while it sends). */
function addClaimed(store: OutboxStore, key: string, claimant: string, interaction?: string): string {
    store.add(interaction === undefined ? item(key) : item(key, interaction), 'pending', T0 - 1_000, null)
    const claimed = store.claimPendingFor(
        readRecord(OUTBOX, sysIdOf(key))?.interaction as string,
        T0,
        claimBy(claimant)
    )
    expect(keys(claimed.rows)).toContain(key)
    return sysIdOf(key)
}

describe('outbox store: add', () => {
    it('adds a pending row with the due time as a GlideDateTime and no claim (one read for the key, one write)', () => {
        const store = createOutboxStore()
        const it1 = item('k1')
        resetGlideStats()
        store.add(it1, 'pending', T0 + 30_000, 'timeout: no answer')
        expect(glideStats()).toMatchObject({ reads: 1, writes: 1 })
        const [row] = allRecords(OUTBOX)
        expect(row).toMatchObject({
            interaction: it1.interaction,
            operation: 'park',
            payload: '{"event":"hold"}',
            idempotency_key: 'k1',
            state: 'pending',
            attempts: '0',
            next_attempt_at: '2025-01-01 10:00:30',
            last_error: 'timeout: no answer',
        })
        expect(row.claimed_by ?? null).toBeNull()
        expect(row.claimed_until ?? null).toBeNull()
    })

    it('adds a dead row (nothing may send it automatically) with its last error, cut to the column length', () => {
        const store = createOutboxStore()
        store.add(item('k'), 'dead', T0, 'x'.repeat(3000))
        const [row] = allRecords(OUTBOX)
        expect(row).toMatchObject({ state: 'dead', attempts: '0' })
        expect(row.last_error).toHaveLength(1000)
        expect(store.claimDue(T0 + 999_999_999, 10, claimBy('w1'))).toEqual([])
    })

    it('stores no last error and no interaction as empty fields', () => {
        const store = createOutboxStore()
        store.add({ ...item('k'), interaction: '' }, 'pending', T0, null)
        const [row] = allRecords(OUTBOX)
        expect(row.last_error ?? null).toBeNull()
        expect(row.interaction ?? null).toBeNull()
        expect(store.get(row.sys_id as string)).toMatchObject({ interaction: '', lastError: null })
    })

    it('ignores a repeated idempotency key, whatever the payload, state or due time', () => {
        const store = createOutboxStore()
        store.add(item('k1'), 'pending', T0, null)
        store.add({ ...item('k1'), payload: 'different' }, 'pending', T0 + 5_000, 'other')
        store.add({ ...item('k1'), payload: 'different' }, 'dead', T0, 'uncertain')
        expect(allRecords(OUTBOX)).toHaveLength(1)
        expect(allRecords(OUTBOX)[0]).toMatchObject({
            payload: '{"event":"hold"}',
            state: 'pending',
            next_attempt_at: '2025-01-01 10:00:00',
        })
        expect(allRecords(OUTBOX)[0].last_error ?? null).toBeNull()
    })
})

describe('outbox store: claimDue', () => {
    it('claims only due, pending, unclaimed rows, oldest due first, and round-trips them', () => {
        const store = createOutboxStore()
        store.add(item('late'), 'pending', T0 + 60_000, null)
        store.add(item('second'), 'pending', T0 - 1_000, null)
        store.add(item('first'), 'pending', T0 - 5_000, 'e')
        store.add(item('due now'), 'pending', T0, null)
        store.add(item('done'), 'pending', T0 - 9_000, null)
        store.record(sysIdOf('done'), { state: 'done', attempts: 1, note: null })
        store.add(item('dead'), 'dead', T0 - 9_000, 'bad_request HTTP 400')
        addClaimed(store, 'held by w2', 'w2')

        const claimed = store.claimDue(T0, 10, claimBy('w1'))
        expect(keys(claimed)).toEqual(['first', 'second', 'due now'])
        expect(claimed[0]).toEqual({
            sysId: sysIdOf('first'),
            interaction: readRecord(OUTBOX, sysIdOf('first'))?.interaction,
            operation: 'park',
            payload: '{"event":"hold"}',
            idempotencyKey: 'first',
            attempts: 0,
            nextAttemptAtMs: T0 - 5_000,
            lastError: 'e',
            state: 'pending',
        })
    })

    it('marks every returned row claimed by the claimant until the claim ends', () => {
        const store = createOutboxStore()
        store.add(item('a'), 'pending', T0 - 1_000, null)
        store.add(item('b'), 'pending', T0 - 2_000, null)
        store.add(item('not due'), 'pending', T0 + 1_000, null)
        store.claimDue(T0, 10, { claimant: 'node-1:job', untilMs: T0 + 90_000 })
        for (const key of ['a', 'b'])
            expect(readRecord(OUTBOX, sysIdOf(key))).toMatchObject({
                claimed_by: 'node-1:job',
                claimed_until: '2025-01-01 10:01:30',
                state: 'pending',
            })
        expect(readRecord(OUTBOX, sysIdOf('not due'))?.claimed_by ?? null).toBeNull()
    })

    it('claims at most `limit` rows, the oldest due, and leaves the rest unclaimed for the next run', () => {
        const store = createOutboxStore()
        for (const [key, due] of [
            ['third', T0 - 1_000],
            ['first', T0 - 3_000],
            ['second', T0 - 2_000],
        ] as const)
            store.add(item(key), 'pending', due, null)
        expect(keys(store.claimDue(T0, 2, claimBy('w1')))).toEqual(['first', 'second'])
        expect(readRecord(OUTBOX, sysIdOf('third'))?.claimed_by ?? null).toBeNull()
        expect(keys(store.claimDue(T0, 2, claimBy('w2')))).toEqual(['third'])
    })

    it('orders rows due at the same time by creation', () => {
        const store = createOutboxStore()
        store.add(item('created first'), 'pending', T0 - 1_000, null)
        advanceClock(1_000)
        store.add(item('created second'), 'pending', T0 - 1_000, null)
        expect(keys(store.claimDue(T0 + 1_000, 10, claimBy('w1', T0 + 1_000)))).toEqual([
            'created first',
            'created second',
        ])
    })

    it('gives a second claimant none of the rows while the claim holds, up to its last second', () => {
        const store = createOutboxStore()
        store.add(item('a'), 'pending', T0 - 1_000, null)
        store.add(item('b'), 'pending', T0 - 2_000, null)
        expect(keys(store.claimDue(T0, 10, claimBy('w1')))).toEqual(['b', 'a'])
        expect(store.claimDue(T0, 10, claimBy('w2'))).toEqual([])
        expect(store.claimDue(T0, 10, claimBy('w1'))).toEqual([])
        setNow(T0 + CLAIM_MS)
        expect(store.claimDue(T0 + CLAIM_MS, 10, claimBy('w2', T0 + CLAIM_MS))).toEqual([])
        expect(readRecord(OUTBOX, sysIdOf('a'))?.claimed_by).toBe('w1')
    })

    it('lets another worker take a row whose claim ran out (the node died mid-send)', () => {
        const store = createOutboxStore()
        store.add(item('a'), 'pending', T0 - 1_000, 'unavailable')
        store.claimDue(T0, 10, claimBy('w1'))
        const later = T0 + CLAIM_MS + 1_000
        setNow(later)
        const taken = store.claimDue(later, 10, claimBy('w2', later))
        expect(keys(taken)).toEqual(['a'])
        expect(taken[0]).toMatchObject({ state: 'pending', attempts: 0, lastError: 'unavailable' })
        expect(readRecord(OUTBOX, sysIdOf('a'))).toMatchObject({
            claimed_by: 'w2',
            claimed_until: '2025-01-01 10:02:01',
        })
    })

    it('returns only the rows the claimant holds after its write: a worker that claimed them in between keeps them', () => {
        const store = createOutboxStore()
        store.add(item('a'), 'pending', T0 - 1_000, null)
        store.add(item('b'), 'pending', T0 - 2_000, null)
        // w2 claims everything between w1's read of the due rows and w1's first conditional write.
        const original = GlideRecord.prototype.updateMultiple
        let raced = false
        const spy = jest.spyOn(GlideRecord.prototype, 'updateMultiple').mockImplementation(function (
            this: GlideRecord
        ) {
            if (!raced) {
                raced = true
                spy.mockRestore()
                expect(keys(createOutboxStore().claimDue(T0, 10, claimBy('w2')))).toEqual(['b', 'a'])
            }
            return original.call(this)
        })
        try {
            expect(store.claimDue(T0, 10, claimBy('w1'))).toEqual([])
        } finally {
            spy.mockRestore()
        }
        expect(raced).toBe(true)
        for (const key of ['a', 'b']) expect(readRecord(OUTBOX, sysIdOf(key))?.claimed_by).toBe('w2')
    })

    it('neither claims nor returns a row another worker finished between the read and the claim', () => {
        const store = createOutboxStore()
        store.add(item('a'), 'pending', T0 - 1_000, null)
        const original = GlideRecord.prototype.updateMultiple
        const spy = jest.spyOn(GlideRecord.prototype, 'updateMultiple').mockImplementation(function (
            this: GlideRecord
        ) {
            spy.mockRestore()
            createOutboxStore().record(sysIdOf('a'), { state: 'done', attempts: 1, note: null })
            return original.call(this)
        })
        try {
            expect(store.claimDue(T0, 10, claimBy('w1'))).toEqual([])
        } finally {
            spy.mockRestore()
        }
        const row = readRecord(OUTBOX, sysIdOf('a'))
        expect(row).toMatchObject({ state: 'done', attempts: '1' })
        expect(row?.claimed_by ?? null).toBeNull()
    })

    it('claims nothing from an empty outbox, in one read', () => {
        const store = createOutboxStore()
        resetGlideStats()
        expect(store.claimDue(T0, 10, claimBy('w1'))).toEqual([])
        expect(glideStats()).toMatchObject({ reads: 1, writes: 0 })
    })
})

describe('outbox store: claimPendingFor', () => {
    it("claims the interaction's pending rows, due or not, oldest first, and no one else's", () => {
        const store = createOutboxStore()
        const mine = seedRecord('interaction', { short_description: 'mine' })
        const other = seedRecord('interaction', { short_description: 'other' })
        store.add(item('first', mine), 'pending', T0 + 600_000, 'unavailable')
        advanceClock(1_000)
        store.add(item('second', mine), 'pending', T0 - 60_000, null)
        store.add(item('someone else', other), 'pending', T0, null)
        store.add(item('finished', mine), 'pending', T0, null)
        store.record(sysIdOf('finished'), { state: 'done', attempts: 1, note: null })
        store.add(item('given up', mine), 'dead', T0, 'bad_request HTTP 400')
        setNow(T0 + 1_000)

        const { rows, busy } = store.claimPendingFor(mine, T0 + 1_000, claimBy('agent', T0 + 1_000))
        expect(busy).toBe(0)
        expect(keys(rows)).toEqual(['first', 'second'])
        expect(rows[0]).toMatchObject({ interaction: mine, state: 'pending', lastError: 'unavailable' })
        for (const key of ['first', 'second'])
            expect(readRecord(OUTBOX, sysIdOf(key))).toMatchObject({
                claimed_by: 'agent',
                claimed_until: '2025-01-01 10:01:01',
            })
        expect(readRecord(OUTBOX, sysIdOf('someone else'))?.claimed_by ?? null).toBeNull()
        // Claimed rows are out of the job's reach while the agent's action sends them.
        expect(store.claimDue(T0 + 1_000, 10, claimBy('job', T0 + 1_000)).map((r) => r.interaction)).toEqual([other])
    })

    it('counts the rows another worker holds as busy and does not return them', () => {
        const store = createOutboxStore()
        const mine = seedRecord('interaction', { short_description: 'mine' })
        addClaimed(store, 'held', 'job', mine)
        store.add(item('free', mine), 'pending', T0 + 60_000, null)
        const { rows, busy } = store.claimPendingFor(mine, T0, claimBy('agent'))
        expect(keys(rows)).toEqual(['free'])
        expect(busy).toBe(1)
        expect(readRecord(OUTBOX, sysIdOf('held'))?.claimed_by).toBe('job')
        // A third worker finds both rows held.
        expect(store.claimPendingFor(mine, T0, claimBy('another agent'))).toEqual({ rows: [], busy: 2 })
    })

    it('takes a row whose claim ran out', () => {
        const store = createOutboxStore()
        const mine = seedRecord('interaction', { short_description: 'mine' })
        addClaimed(store, 'stale', 'dead-node', mine)
        const later = T0 + CLAIM_MS + 1_000
        setNow(later)
        const { rows, busy } = store.claimPendingFor(mine, later, claimBy('agent', later))
        expect({ keys: keys(rows), busy }).toEqual({ keys: ['stale'], busy: 0 })
        expect(readRecord(OUTBOX, sysIdOf('stale'))?.claimed_by).toBe('agent')
    })

    it('has nothing for an empty interaction id, without reading', () => {
        const store = createOutboxStore()
        store.add({ ...item('orphan'), interaction: '' }, 'pending', T0, null)
        resetGlideStats()
        expect(store.claimPendingFor('', T0, claimBy('agent'))).toEqual({ rows: [], busy: 0 })
        expect(glideStats()).toMatchObject({ reads: 0, writes: 0 })
    })
})

describe('outbox store: record', () => {
    it('records a retry: pending, attempts, next attempt and last error, claim cleared (one read, one write)', () => {
        const store = createOutboxStore()
        store.add(item('k'), 'pending', T0 - 1_000, null)
        const [row] = store.claimDue(T0, 10, claimBy('w1'))
        resetGlideStats()
        store.record(row.sysId, {
            state: 'pending',
            attempts: 2,
            nextAttemptAtMs: T0 + 120_000,
            lastError: 'rate_limited HTTP 429',
        })
        expect(glideStats()).toMatchObject({ reads: 1, writes: 1 })
        const stored = readRecord(OUTBOX, row.sysId)
        expect(stored).toMatchObject({
            state: 'pending',
            attempts: '2',
            next_attempt_at: '2025-01-01 10:02:00',
            last_error: 'rate_limited HTTP 429',
        })
        expect(stored?.claimed_by ?? null).toBeNull()
        expect(stored?.claimed_until ?? null).toBeNull()
        // Unclaimed, it is due again at its next attempt, for any worker.
        expect(store.claimDue(T0 + 119_000, 10, claimBy('w2', T0 + 119_000))).toEqual([])
        expect(keys(store.claimDue(T0 + 120_000, 10, claimBy('w2', T0 + 120_000)))).toEqual(['k'])
    })

    it('records dead with attempts and the last error cut to the column length; it is never claimed again', () => {
        const store = createOutboxStore()
        store.add(item('k'), 'pending', T0 - 1_000, null)
        const [row] = store.claimDue(T0, 10, claimBy('w1'))
        store.record(row.sysId, { state: 'dead', attempts: 10, lastError: 'x'.repeat(3000) })
        const dead = readRecord(OUTBOX, row.sysId)
        expect(dead).toMatchObject({ state: 'dead', attempts: '10', next_attempt_at: '2025-01-01 09:59:59' })
        expect(dead?.last_error).toHaveLength(1000)
        expect(dead?.claimed_by ?? null).toBeNull()
        expect(store.claimDue(T0 + 999_999, 10, claimBy('w2', T0 + 999_999))).toEqual([])
        expect(store.claimPendingFor(row.interaction, T0, claimBy('agent'))).toEqual({ rows: [], busy: 0 })
    })

    it('records done with a note (a superseded row says why it was not sent); never claimed again', () => {
        const store = createOutboxStore()
        const interaction = seedRecord('interaction', { short_description: 'x' })
        store.add(item('k', interaction), 'pending', T0, 'unavailable')
        const { rows } = store.claimPendingFor(interaction, T0, claimBy('agent'))
        store.record(rows[0].sysId, {
            state: 'done',
            attempts: 0,
            note: 'superseded: the agent disconnected the participant',
        })
        const done = readRecord(OUTBOX, rows[0].sysId)
        expect(done).toMatchObject({
            state: 'done',
            attempts: '0',
            last_error: 'superseded: the agent disconnected the participant',
        })
        expect(done?.claimed_by ?? null).toBeNull()
        expect(store.claimPendingFor(interaction, T0, claimBy('agent'))).toEqual({ rows: [], busy: 0 })
        expect(store.claimDue(T0 + 999_999, 10, claimBy('job', T0 + 999_999))).toEqual([])
    })

    it('records done without a note leaving the last error of the earlier attempts in place', () => {
        const store = createOutboxStore()
        store.add(item('k'), 'pending', T0 - 1_000, 'unavailable HTTP 503')
        const [row] = store.claimDue(T0, 10, claimBy('w1'))
        store.record(row.sysId, { state: 'done', attempts: 3, note: null })
        expect(store.get(row.sysId)).toMatchObject({ state: 'done', attempts: 3, lastError: 'unavailable HTTP 503' })
        expect(readRecord(OUTBOX, row.sysId)?.claimed_by ?? null).toBeNull()
    })

    it('ignores an unknown row', () => {
        const store = createOutboxStore()
        store.add(item('k'), 'pending', T0, null)
        store.record('0123456789abcdef0123456789abcdef', { state: 'dead', attempts: 1, lastError: 'x' })
        expect(allRecords(OUTBOX)[0]).toMatchObject({ state: 'pending', attempts: '0' })
    })
})

describe('outbox store: release', () => {
    it('gives claimed rows back untouched, so anyone can claim them at once; other claims stay', () => {
        const store = createOutboxStore()
        const mine = seedRecord('interaction', { short_description: 'mine' })
        store.add(item('a', mine), 'pending', T0 - 2_000, 'unavailable')
        store.add(item('b', mine), 'pending', T0 - 1_000, null)
        const held = addClaimed(store, 'held by job', 'job')
        const { rows } = store.claimPendingFor(mine, T0, claimBy('agent'))
        expect(keys(rows)).toEqual(['a', 'b'])
        store.release([rows[0].sysId, rows[1].sysId, '0123456789abcdef0123456789abcdef'])
        for (const key of ['a', 'b']) {
            const row = readRecord(OUTBOX, sysIdOf(key))
            expect(row?.claimed_by ?? null).toBeNull()
            expect(row?.claimed_until ?? null).toBeNull()
        }
        expect(readRecord(OUTBOX, sysIdOf('a'))).toMatchObject({
            state: 'pending',
            attempts: '0',
            last_error: 'unavailable',
            next_attempt_at: '2025-01-01 09:59:58',
        })
        expect(readRecord(OUTBOX, held)?.claimed_by).toBe('job')
        expect(keys(store.claimDue(T0, 10, claimBy('w2')))).toEqual(['a', 'b'])
    })

    it('does nothing for an empty list', () => {
        const store = createOutboxStore()
        resetGlideStats()
        store.release([])
        expect(glideStats()).toMatchObject({ reads: 0, writes: 0 })
    })
})

describe('outbox store: requeue (an admin Retry)', () => {
    it('makes a dead row pending again, due now, with a fresh attempt count and no claim', () => {
        const store = createOutboxStore()
        store.add(item('k'), 'pending', T0 - 1_000, null)
        const [row] = store.claimDue(T0, 10, claimBy('w1'))
        store.record(row.sysId, { state: 'dead', attempts: 10, lastError: 'bad_request HTTP 400' })
        const now = T0 + 3_600_000
        setNow(now)
        const requeued = store.requeue(row.sysId, now)
        expect(requeued).toEqual({
            ...row,
            state: 'pending',
            attempts: 0,
            nextAttemptAtMs: now,
            lastError: 'bad_request HTTP 400',
        })
        expect(readRecord(OUTBOX, row.sysId)).toMatchObject({
            state: 'pending',
            attempts: '0',
            next_attempt_at: '2025-01-01 11:00:00',
        })
        expect(keys(store.claimDue(now, 10, claimBy('job', now)))).toEqual(['k'])
    })

    it('clears a claim left on a dead row (set dead from the form while a worker held it)', () => {
        const store = createOutboxStore()
        const sysId = addClaimed(store, 'k', 'job')
        const gr = new GlideRecord(OUTBOX)
        gr.get(sysId)
        gr.setValue('state', 'dead')
        gr.update()
        expect(store.requeue(sysId, T0)).toMatchObject({ state: 'pending', attempts: 0 })
        expect(readRecord(OUTBOX, sysId)?.claimed_by ?? null).toBeNull()
        expect(keys(store.claimDue(T0, 10, claimBy('w2')))).toEqual(['k'])
    })

    it('requeues only dead rows: pending, claimed, done and unknown rows give null and stay as they are', () => {
        const store = createOutboxStore()
        store.add(item('pending'), 'pending', T0 + 60_000, null)
        const claimed = addClaimed(store, 'claimed', 'job')
        store.add(item('done'), 'pending', T0, null)
        store.record(sysIdOf('done'), { state: 'done', attempts: 1, note: null })
        const before = allRecords(OUTBOX)
        for (const sysId of [sysIdOf('pending'), claimed, sysIdOf('done'), '0123456789abcdef0123456789abcdef'])
            expect(store.requeue(sysId, T0)).toBeNull()
        expect(allRecords(OUTBOX)).toEqual(before)
    })
})

describe('outbox store: get', () => {
    it('reads one row by sys_id, or null', () => {
        const store = createOutboxStore()
        const it1 = item('k')
        store.add(it1, 'dead', T0 + 5_000, 'uncertain: check before Retry')
        expect(store.get(sysIdOf('k'))).toEqual({
            ...it1,
            sysId: sysIdOf('k'),
            attempts: 0,
            nextAttemptAtMs: T0 + 5_000,
            lastError: 'uncertain: check before Retry',
            state: 'dead',
        })
        expect(store.get('0123456789abcdef0123456789abcdef')).toBeNull()
        expect(store.get('')).toBeNull()
    })
})

describe('outbox store: queries by field, never by an encoded query built from input', () => {
    it('matches nothing for ids carrying encoded-query syntax, in any method', () => {
        const store = createOutboxStore()
        const interaction = seedRecord('interaction', { short_description: 'x' })
        store.add(item('k', interaction), 'pending', T0 - 1_000, null)
        store.add(item('gone', interaction), 'dead', T0, 'x')
        const encoded = jest.spyOn(GlideRecord.prototype, 'addEncodedQuery')
        try {
            for (const hostile of ['x^ORstate=pending', '^NQstate=pending', `${interaction}^ORstate=pending`]) {
                expect(store.claimPendingFor(hostile, T0, claimBy('agent'))).toEqual({ rows: [], busy: 0 })
                expect(store.get(hostile)).toBeNull()
                expect(store.requeue(hostile, T0)).toBeNull()
                store.record(hostile, { state: 'dead', attempts: 1, lastError: 'x' })
                store.release([hostile])
            }
            store.add({ ...item('k^ORstate=pending', interaction) }, 'pending', T0, null)
            expect(allRecords(OUTBOX)).toHaveLength(3)
            expect(keys(store.claimDue(T0, 10, claimBy('job')))).toEqual(['k', 'k^ORstate=pending'])
            expect(readRecord(OUTBOX, sysIdOf('gone'))).toMatchObject({ state: 'dead' })
            expect(encoded).not.toHaveBeenCalled()
        } finally {
            encoded.mockRestore()
        }
    })
})
