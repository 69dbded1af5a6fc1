import { GlideRecord } from '@servicenow/glide'
import { err, ok, type Result } from '../domain/result'
import { INTERACTION_STATE, isRoutingStatus, isTerminal } from '../domain/routing-status'
import type {
    DataError,
    InteractionChanges,
    InteractionRecord,
    InteractionRepository,
    NewInteraction,
} from '../app/ports'
import { toEpochMs, toGlideDateTime } from './glide/date-time'
import { insertFailed } from './glide/insert-failure'
import { findOne, setOrClear, valueOf } from './glide/record-values'

const TABLE = 'interaction'

/** Port field -> interaction column, for the text fields a use case may change. */
const COLUMNS = {
    owner: 'assigned_to',
    conversationId: 'x_gcer_conversation_id',
    participantId: 'x_gcer_participant_id',
    communicationId: 'x_gcer_communication_id',
    queueId: 'x_gcer_queue_id',
    pendingTarget: 'x_gcer_pending_target',
} as const

const PARKED_UNTIL = 'x_gcer_parked_until'
const LAST_CONFIRMED = 'x_gcer_last_confirmed'

const isoOrNull = (stored: string | null) => (stored ? new Date(toEpochMs(stored)).toISOString() : null)

/** Null for an interaction this app does not route (no routing status): use cases leave it alone. */
export function toInteractionRecord(gr: GlideRecord): InteractionRecord | null {
    const status = valueOf(gr, 'x_gcer_routing_status')
    if (!isRoutingStatus(status)) return null
    const confirmed = valueOf(gr, LAST_CONFIRMED)
    return {
        sysId: gr.getUniqueValue(),
        number: valueOf(gr, 'number') || '',
        status,
        owner: valueOf(gr, 'assigned_to'),
        conversationId: valueOf(gr, 'x_gcer_conversation_id'),
        participantId: valueOf(gr, 'x_gcer_participant_id'),
        communicationId: valueOf(gr, 'x_gcer_communication_id'),
        queueId: valueOf(gr, 'x_gcer_queue_id'),
        pendingTarget: valueOf(gr, 'x_gcer_pending_target'),
        parkedUntil: isoOrNull(valueOf(gr, PARKED_UNTIL)),
        confirmedAtMs: confirmed ? toEpochMs(confirmed) : null,
        contact: valueOf(gr, 'contact'),
        account: valueOf(gr, 'account'),
        subject: valueOf(gr, 'short_description') || '',
        // The link to an earlier interaction: `parent_interaction` (@servicenow/glide sn_interaction/Interaction.d.ts).
        parent: valueOf(gr, 'parent_interaction'),
    }
}

/** A glide_date_time value to set, '' to clear it. */
const dateTimeOrEmpty = (ms: number | null) => (ms === null ? '' : toGlideDateTime(ms))

/**
 * Fills an unsaved interaction as a new queued email interaction and inserts it: the record, or the error
 * when the platform refused the insert. Shared by the repository and the new-email inbound action, which
 * fills the platform's `current` this way.
 */
export function insertNewInteraction(
    gr: GlideRecord,
    draft: NewInteraction,
    nowMs: () => number
): Result<InteractionRecord, DataError> {
    gr.setValue('type', 'email')
    gr.setValue('x_gcer_routing_status', 'queued')
    gr.setValue('state', INTERACTION_STATE.queued)
    gr.setValue('short_description', draft.subject)
    setOrClear(gr, 'contact', draft.contact)
    setOrClear(gr, 'account', draft.account)
    setOrClear(gr, 'parent_interaction', draft.parent)
    setOrClear(gr, 'x_gcer_conversation_id', draft.conversationId)
    gr.setValue('x_gcer_queue_id', draft.queueId)
    gr.setValue('opened_at', toGlideDateTime(nowMs()))
    if (!gr.insert()) return err(insertFailed(TABLE))
    // The inserted buffer already holds the number and sys_id: no second read.
    return ok(toInteractionRecord(gr) as InteractionRecord)
}

/** Writes a use case's changes into a loaded interaction, unsaved; `state` follows the routing status. */
export function applyInteractionChanges(gr: GlideRecord, changes: InteractionChanges, nowMs: () => number): void {
    for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
        const value = changes[key]
        if (value !== undefined) setOrClear(gr, COLUMNS[key], value)
    }
    if (changes.parkedUntil !== undefined)
        gr.setValue(
            PARKED_UNTIL,
            dateTimeOrEmpty(changes.parkedUntil === null ? null : Date.parse(changes.parkedUntil))
        )
    if (changes.confirmedAtMs !== undefined) gr.setValue(LAST_CONFIRMED, dateTimeOrEmpty(changes.confirmedAtMs))
    if (changes.status !== undefined) {
        gr.setValue('x_gcer_routing_status', changes.status)
        gr.setValue('state', INTERACTION_STATE[changes.status])
        if (isTerminal(changes.status) && valueOf(gr, 'closed_at') === null)
            gr.setValue('closed_at', toGlideDateTime(nowMs()))
    }
}

function query(apply: (gr: GlideRecord) => void, limit: number): InteractionRecord[] {
    const gr = new GlideRecord(TABLE)
    apply(gr)
    gr.setLimit(limit)
    gr.query()
    const rows: InteractionRecord[] = []
    while (gr.next()) {
        const record = toInteractionRecord(gr)
        if (record) rows.push(record)
    }
    return rows
}

/** The `interaction` table as the routing service sees it; `state` always follows the routing status. */
export function createInteractionRepository(nowMs: () => number): InteractionRepository {
    return {
        get(sysId) {
            const gr = findOne(TABLE, 'sys_id', sysId)
            return gr ? toInteractionRecord(gr) : null
        },

        findByConversationId(conversationId) {
            if (!conversationId) return null
            // A follow-up takes the conversation over from the closed interaction it links to: newest first.
            const rows = query((gr) => {
                gr.addQuery('x_gcer_conversation_id', conversationId)
                gr.orderByDesc('sys_created_on')
            }, 1)
            return rows[0] ?? null
        },

        create(draft: NewInteraction) {
            const gr = new GlideRecord(TABLE)
            gr.initialize()
            return insertNewInteraction(gr, draft, nowMs)
        },

        update(sysId, changes) {
            const gr = findOne(TABLE, 'sys_id', sysId)
            if (!gr) return
            applyInteractionChanges(gr, changes, nowMs)
            gr.update()
        },

        listUnconfirmed(confirmedBeforeMs, limit) {
            // Queued ones first: a lost assignment is the commonest gap and the customer is waiting.
            const take = (statuses: string, max: number) =>
                query((gr) => {
                    gr.addQuery('x_gcer_routing_status', 'IN', statuses)
                    gr.addNotNullQuery('x_gcer_conversation_id')
                    gr.addNullQuery(LAST_CONFIRMED).addOrCondition(
                        LAST_CONFIRMED,
                        '<',
                        toGlideDateTime(confirmedBeforeMs)
                    )
                    gr.orderBy(LAST_CONFIRMED)
                }, max)
            const queued = take('queued', limit)
            return queued.length >= limit ? queued : [...queued, ...take('connected,parked', limit - queued.length)]
        },
    }
}
