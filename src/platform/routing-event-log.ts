import { GlideRecord } from '@servicenow/glide'
import type { RoutingEventEntry, RoutingEventLog } from '../app/ports'
import { toGlideDateTime } from './glide/date-time'
import { fit, setOrClear } from './glide/record-values'

const TABLE = 'x_gcer_routing_event'

/** x_gcer_routing_event: one row per transition or refused attempt, the interaction's routing history. */
export function createRoutingEventLog(nowMs: () => number): RoutingEventLog {
    return {
        record(entry: RoutingEventEntry) {
            const gr = new GlideRecord(TABLE)
            gr.initialize()
            gr.setValue('interaction', entry.interaction)
            gr.setValue('event', entry.event)
            gr.setValue('from_status', entry.fromStatus)
            gr.setValue('to_status', entry.toStatus)
            setOrClear(gr, 'from_owner', entry.fromOwner)
            setOrClear(gr, 'to_owner', entry.toOwner)
            setOrClear(gr, 'target', fit(entry.target, 80))
            setOrClear(gr, 'actor', entry.actor)
            setOrClear(gr, 'correlation_id', fit(entry.correlationId, 80))
            // A refusal never keeps the key: the same event applies when it comes again (after an admin's fix).
            setOrClear(gr, 'external_id', entry.outcome === 'rejected' ? null : fit(entry.externalId, 200))
            gr.setValue('outcome', entry.outcome)
            gr.setValue('message', fit(entry.message, 1000) || '')
            gr.setValue('occurred_at', toGlideDateTime(nowMs()))
            // A second row with the same Genesys event key fails on the table's unique index: a concurrent
            // duplicate of an event leaves one row (applying a read twice changes nothing the second time).
            gr.insert()
        },

        hasExternalId(externalId) {
            if (externalId === '') return false
            const gr = new GlideRecord(TABLE)
            // Refusals carry no key, so an event refused today (an unmapped agent) applies when it comes again.
            gr.addQuery('external_id', externalId)
            gr.setLimit(1)
            gr.query()
            return gr.hasNext()
        },
    }
}
