import { GlideRecord } from '@servicenow/glide'
import type { OutboxItem, OutboxOperation, OutboxRow, OutboxStore } from '../app/ports'
import { toEpochMs, toGlideDateTime } from './glide/date-time'
import { findOne, fit, setOrClear, valueOf } from './glide/record-values'

const TABLE = 'x_gcer_outbox'
const MAX_ERROR = 1000
const STATES: readonly OutboxRow['state'][] = ['pending', 'done', 'dead']

function toRow(gr: GlideRecord): OutboxRow {
    const state = valueOf(gr, 'state') as OutboxRow['state']
    return {
        sysId: gr.getUniqueValue(),
        interaction: valueOf(gr, 'interaction') || '',
        operation: valueOf(gr, 'operation') as OutboxOperation,
        payload: valueOf(gr, 'payload') || '',
        idempotencyKey: valueOf(gr, 'idempotency_key') || '',
        attempts: Number(valueOf(gr, 'attempts') || '0'),
        nextAttemptAtMs: toEpochMs(valueOf(gr, 'next_attempt_at')),
        lastError: valueOf(gr, 'last_error'),
        state: STATES.indexOf(state) >= 0 ? state : 'pending',
    }
}

/** Loads the row, applies the change, writes it: one read and one write per state change. */
function change(sysId: string, apply: (gr: GlideRecord) => void): void {
    const gr = findOne(TABLE, 'sys_id', sysId)
    if (!gr) return
    apply(gr)
    gr.update()
}

/** Inserts the update unless its idempotency key is stored already (unique index: the same logical update). */
function insert(
    item: OutboxItem,
    state: OutboxRow['state'],
    nextAttemptAtMs: number | null,
    lastError: string | null
): void {
    if (findOne(TABLE, 'idempotency_key', item.idempotencyKey)) return
    const gr = new GlideRecord(TABLE)
    gr.initialize()
    setOrClear(gr, 'interaction', item.interaction || null)
    gr.setValue('operation', item.operation)
    gr.setValue('payload', item.payload)
    gr.setValue('idempotency_key', item.idempotencyKey)
    gr.setValue('state', state)
    gr.setValue('attempts', 0)
    if (nextAttemptAtMs !== null) gr.setValue('next_attempt_at', toGlideDateTime(nextAttemptAtMs))
    setOrClear(gr, 'last_error', fit(lastError, MAX_ERROR))
    gr.insert()
}

/** Rows looked at before a newer action on one interaction, at most (normally there is one, or none). */
const MAX_PENDING_PER_INTERACTION = 10

/** x_gcer_outbox: Genesys updates that must happen eventually, retried by the outbox job. */
export function createOutboxStore(): OutboxStore {
    return {
        enqueue(item: OutboxItem, nextAttemptAtMs, lastError) {
            insert(item, 'pending', nextAttemptAtMs, lastError)
        },

        enqueueDead(item: OutboxItem, lastError) {
            // No next attempt: only an admin's Retry (outbox-requeue) makes it pending again, due at once.
            insert(item, 'dead', null, lastError)
        },

        due(nowMs, limit) {
            const gr = new GlideRecord(TABLE)
            gr.addQuery('state', 'pending')
            gr.addQuery('next_attempt_at', '<=', toGlideDateTime(nowMs))
            gr.orderBy('next_attempt_at')
            gr.orderBy('sys_created_on')
            gr.setLimit(limit)
            gr.query()
            const rows: OutboxRow[] = []
            while (gr.next()) rows.push(toRow(gr))
            return rows
        },

        pendingFor(interactionSysId) {
            if (!interactionSysId) return []
            const gr = new GlideRecord(TABLE)
            gr.addQuery('interaction', interactionSysId)
            gr.addQuery('state', 'pending')
            gr.orderBy('sys_created_on')
            gr.setLimit(MAX_PENDING_PER_INTERACTION)
            gr.query()
            const rows: OutboxRow[] = []
            while (gr.next()) rows.push(toRow(gr))
            return rows
        },

        markDone(sysId) {
            change(sysId, (gr) => gr.setValue('state', 'done'))
        },

        markRetry(sysId, attempts, nextAttemptAtMs, lastError) {
            change(sysId, (gr) => {
                gr.setValue('attempts', attempts)
                gr.setValue('next_attempt_at', toGlideDateTime(nextAttemptAtMs))
                gr.setValue('last_error', fit(lastError, MAX_ERROR) || '')
            })
        },

        markSuperseded(sysId, reason) {
            change(sysId, (gr) => {
                gr.setValue('state', 'done')
                gr.setValue('last_error', fit(reason, MAX_ERROR) || '')
            })
        },

        markDead(sysId, attempts, lastError) {
            change(sysId, (gr) => {
                gr.setValue('state', 'dead')
                gr.setValue('attempts', attempts)
                gr.setValue('last_error', fit(lastError, MAX_ERROR) || '')
            })
        },
    }
}
