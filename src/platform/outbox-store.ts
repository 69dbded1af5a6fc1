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

/** x_gcer_outbox: Genesys updates that must happen eventually, retried by the outbox job. */
export function createOutboxStore(): OutboxStore {
    return {
        enqueue(item: OutboxItem, nextAttemptAtMs, lastError) {
            // The key is unique (dictionary index): a repeat of the same logical update is already queued.
            if (findOne(TABLE, 'idempotency_key', item.idempotencyKey)) return
            const gr = new GlideRecord(TABLE)
            gr.initialize()
            setOrClear(gr, 'interaction', item.interaction || null)
            gr.setValue('operation', item.operation)
            gr.setValue('payload', item.payload)
            gr.setValue('idempotency_key', item.idempotencyKey)
            gr.setValue('state', 'pending')
            gr.setValue('attempts', 0)
            gr.setValue('next_attempt_at', toGlideDateTime(nextAttemptAtMs))
            setOrClear(gr, 'last_error', fit(lastError, MAX_ERROR))
            gr.insert()
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

        markDead(sysId, attempts, lastError) {
            change(sysId, (gr) => {
                gr.setValue('state', 'dead')
                gr.setValue('attempts', attempts)
                gr.setValue('last_error', fit(lastError, MAX_ERROR) || '')
            })
        },
    }
}
