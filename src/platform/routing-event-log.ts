import { GlideRecord } from '@servicenow/glide'
import type { RoutingEventEntry, RoutingEventLog } from '../app/ports'
import { toGlideDateTime } from './glide/date-time'
import { fit, setOrClear } from './glide/record-values'

const TABLE = 'x_gcer_routing_event'

/** Outcomes that mean the Genesys event took effect; a rejected one may be sent again and applied. */
const SETTLED_OUTCOMES = 'applied,unchanged,deferred,failed'

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
            setOrClear(gr, 'external_id', fit(entry.externalId, 80))
            gr.setValue('outcome', entry.outcome)
            gr.setValue('message', fit(entry.message, 1000) || '')
            gr.setValue('occurred_at', toGlideDateTime(nowMs()))
            gr.insert()
        },

        hasExternalId(externalId) {
            if (externalId === '') return false
            const gr = new GlideRecord(TABLE)
            gr.addQuery('external_id', externalId)
            gr.addQuery('outcome', 'IN', SETTLED_OUTCOMES)
            gr.setLimit(1)
            gr.query()
            return gr.hasNext()
        },
    }
}
