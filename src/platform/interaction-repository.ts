import { GlideRecord } from '@servicenow/glide'
import { err, ok } from '../domain/result'
import { INTERACTION_STATE, isRoutingStatus, isTerminal } from '../domain/routing-status'
import type { InteractionChanges, InteractionRecord, InteractionRepository, NewInteraction } from '../app/ports'
import { toGlideDateTime } from './glide/date-time'
import { insertFailed } from './glide/insert-failure'
import { findOne, setOrClear, valueOf } from './glide/record-values'

const TABLE = 'interaction'

/** Port field -> interaction column, for the fields a use case may change. */
const COLUMNS: Readonly<Record<Exclude<keyof InteractionChanges, 'status'>, string>> = {
    owner: 'assigned_to',
    conversationId: 'x_gcer_conversation_id',
    participantId: 'x_gcer_participant_id',
    communicationId: 'x_gcer_communication_id',
    queueId: 'x_gcer_queue_id',
    pendingTarget: 'x_gcer_pending_target',
}

/** Null for an interaction this app does not route (no routing status): use cases leave it alone. */
function toRecord(gr: GlideRecord): InteractionRecord | null {
    const status = valueOf(gr, 'x_gcer_routing_status')
    if (!isRoutingStatus(status)) return null
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
        contact: valueOf(gr, 'contact'),
        account: valueOf(gr, 'account'),
        subject: valueOf(gr, 'short_description') || '',
        parent: valueOf(gr, 'parent'),
    }
}

/** The `interaction` table as the routing service sees it; `state` always follows the routing status. */
export function createInteractionRepository(nowMs: () => number): InteractionRepository {
    return {
        get(sysId) {
            const gr = findOne(TABLE, 'sys_id', sysId)
            return gr ? toRecord(gr) : null
        },

        findByConversationId(conversationId) {
            const gr = findOne(TABLE, 'x_gcer_conversation_id', conversationId)
            return gr ? toRecord(gr) : null
        },

        create(draft: NewInteraction) {
            const gr = new GlideRecord(TABLE)
            gr.initialize()
            gr.setValue('type', 'email')
            gr.setValue('x_gcer_routing_status', 'queued')
            gr.setValue('state', INTERACTION_STATE.queued)
            gr.setValue('short_description', draft.subject)
            setOrClear(gr, 'contact', draft.contact)
            setOrClear(gr, 'account', draft.account)
            setOrClear(gr, 'parent', draft.parent)
            gr.setValue('x_gcer_queue_id', draft.queueId)
            gr.setValue('opened_at', toGlideDateTime(nowMs()))
            if (!gr.insert()) return err(insertFailed(TABLE))
            // The inserted buffer already holds the number and sys_id: no second read.
            return ok(toRecord(gr) as InteractionRecord)
        },

        update(sysId, changes) {
            const gr = findOne(TABLE, 'sys_id', sysId)
            if (!gr) return
            for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
                const value = changes[key]
                if (value !== undefined) setOrClear(gr, COLUMNS[key], value)
            }
            if (changes.status !== undefined) {
                gr.setValue('x_gcer_routing_status', changes.status)
                gr.setValue('state', INTERACTION_STATE[changes.status])
                if (isTerminal(changes.status) && valueOf(gr, 'closed_at') === null)
                    gr.setValue('closed_at', toGlideDateTime(nowMs()))
            }
            gr.update()
        },
    }
}
