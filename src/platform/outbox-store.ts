import { GlideRecord } from '@servicenow/glide'
import type { OutboxClaim, OutboxItem, OutboxOperation, OutboxRow, OutboxRowOutcome, OutboxStore } from '../app/ports'
import { toEpochMs, toGlideDateTime } from './glide/date-time'
import { findOne, fit, setOrClear, valueOf } from './glide/record-values'

const TABLE = 'x_gcer_outbox'
const MAX_ERROR = 1000
const STATES: readonly OutboxRow['state'][] = ['pending', 'done', 'dead']
/** Rows looked at before a newer action on one interaction, at most (normally there is one, or none). */
const MAX_PENDING_PER_INTERACTION = 10

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

function select(apply: (gr: GlideRecord) => void, limit: number): GlideRecord {
    const gr = new GlideRecord(TABLE)
    apply(gr)
    gr.setLimit(limit)
    gr.query()
    return gr
}

/** Nobody holds the row: never claimed, released, or the claim ran out (its node died mid-send). */
function unclaimed(gr: GlideRecord, nowMs: number): void {
    gr.addNullQuery('claimed_until').addOrCondition('claimed_until', '<', toGlideDateTime(nowMs))
}

/**
 * The claim: one conditional write (only while the row is pending and unclaimed), then a read-back. Two workers
 * racing for a row both write, but only the one whose claimant the row holds afterwards sends it.
 */
function claimRow(sysId: string, nowMs: number, claim: OutboxClaim): OutboxRow | null {
    const write = new GlideRecord(TABLE)
    write.addQuery('sys_id', sysId)
    write.addQuery('state', 'pending')
    unclaimed(write, nowMs)
    write.setValue('claimed_by', claim.claimant)
    write.setValue('claimed_until', toGlideDateTime(claim.untilMs))
    write.updateMultiple()
    const back = findOne(TABLE, 'sys_id', sysId)
    return back && valueOf(back, 'claimed_by') === claim.claimant && valueOf(back, 'state') === 'pending'
        ? toRow(back)
        : null
}

/** An older update of the same interaction still waits (sys_created_on has second resolution: ties both go). */
function hasOlderPending(interaction: string, created: string): boolean {
    if (!interaction || !created) return false
    const gr = select((q) => {
        q.addQuery('interaction', interaction)
        q.addQuery('state', 'pending')
        q.addQuery('sys_created_on', '<', created)
    }, 1)
    return gr.hasNext()
}

function clearClaim(gr: GlideRecord): void {
    gr.setValue('claimed_by', '')
    gr.setValue('claimed_until', '')
}

/** x_gcer_outbox: Genesys updates that must happen eventually, sent by agents' actions and the outbox job. */
export function createOutboxStore(): OutboxStore {
    return {
        add(item: OutboxItem, state, dueAtMs, lastError) {
            if (findOne(TABLE, 'idempotency_key', item.idempotencyKey)) return
            const gr = new GlideRecord(TABLE)
            gr.initialize()
            setOrClear(gr, 'interaction', item.interaction || null)
            gr.setValue('operation', item.operation)
            gr.setValue('payload', item.payload)
            gr.setValue('idempotency_key', item.idempotencyKey)
            gr.setValue('state', state)
            gr.setValue('attempts', 0)
            gr.setValue('next_attempt_at', toGlideDateTime(dueAtMs))
            setOrClear(gr, 'last_error', fit(lastError, MAX_ERROR))
            gr.insert()
        },

        claimDue(nowMs, limit, claim) {
            const gr = select((q) => {
                q.addQuery('state', 'pending')
                q.addQuery('next_attempt_at', '<=', toGlideDateTime(nowMs))
                unclaimed(q, nowMs)
                q.orderBy('next_attempt_at')
                q.orderBy('sys_created_on')
            }, limit)
            const candidates: { id: string; interaction: string; created: string }[] = []
            while (gr.next())
                candidates.push({
                    id: gr.getUniqueValue(),
                    interaction: valueOf(gr, 'interaction') || '',
                    created: valueOf(gr, 'sys_created_on') || '',
                })
            return candidates
                .filter((c) => !hasOlderPending(c.interaction, c.created))
                .map((c) => claimRow(c.id, nowMs, claim))
                .filter((row): row is OutboxRow => row !== null)
        },

        claimPendingFor(interactionSysId, nowMs, claim) {
            if (!interactionSysId) return { rows: [], busy: 0 }
            const gr = select((q) => {
                q.addQuery('interaction', interactionSysId)
                q.addQuery('state', 'pending')
                q.orderBy('sys_created_on')
            }, MAX_PENDING_PER_INTERACTION)
            const ids: string[] = []
            while (gr.next()) ids.push(gr.getUniqueValue())
            const rows: OutboxRow[] = []
            let busy = 0
            for (const id of ids) {
                const row = claimRow(id, nowMs, claim)
                if (row) rows.push(row)
                else busy++
            }
            return { rows, busy }
        },

        record(sysId, outcome: OutboxRowOutcome) {
            const gr = findOne(TABLE, 'sys_id', sysId)
            if (!gr) return
            gr.setValue('state', outcome.state)
            gr.setValue('attempts', outcome.attempts)
            if (outcome.state === 'pending') gr.setValue('next_attempt_at', toGlideDateTime(outcome.nextAttemptAtMs))
            const note = outcome.state === 'done' ? outcome.note : outcome.lastError
            if (note !== null) gr.setValue('last_error', fit(note, MAX_ERROR) || '')
            clearClaim(gr)
            gr.update()
        },

        release(sysIds) {
            for (const sysId of sysIds) {
                const gr = findOne(TABLE, 'sys_id', sysId)
                if (!gr) continue
                clearClaim(gr)
                gr.update()
            }
        },

        requeue(sysId, nowMs) {
            const gr = findOne(TABLE, 'sys_id', sysId)
            if (!gr || valueOf(gr, 'state') !== 'dead') return null
            gr.setValue('state', 'pending')
            gr.setValue('attempts', 0)
            gr.setValue('next_attempt_at', toGlideDateTime(nowMs))
            clearClaim(gr)
            gr.update()
            return toRow(gr)
        },

        get(sysId) {
            const gr = findOne(TABLE, 'sys_id', sysId)
            return gr ? toRow(gr) : null
        },
    }
}
