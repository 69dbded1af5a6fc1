import type {
    Actor,
    InteractionChanges,
    InteractionRecord,
    RoutingEventEntry,
    RoutingEventLog,
    RoutingOutcome,
} from './ports'
import type { RoutingEventType } from '../domain/routing-event'
import type { MachineStatus } from '../domain/routing-status'

/** Before/after of the routing view; `none` when the interaction did not exist before the event. */
export interface Side {
    readonly status: MachineStatus
    readonly owner: string | null
}

export const NOTHING: Side = { status: 'none', owner: null }

export interface HistoryFacts {
    readonly event: RoutingEventType
    readonly outcome: RoutingOutcome
    readonly message: string
    readonly actor?: Actor | null
    readonly target?: string | null
    readonly correlationId?: string | null
    readonly externalId?: string | null
}

/** Writes the one routing-event row a use case produces; `after` defaults to `before` (nothing changed). */
export function recordHistory(
    log: RoutingEventLog,
    interaction: string,
    before: Side,
    facts: HistoryFacts,
    after: Side = before
): void {
    const entry: RoutingEventEntry = {
        interaction,
        event: facts.event,
        fromStatus: before.status,
        toStatus: after.status,
        fromOwner: before.owner,
        toOwner: after.owner,
        target: facts.target ?? null,
        actor: facts.actor?.userSysId ?? null,
        correlationId: facts.correlationId ?? null,
        externalId: facts.externalId ?? null,
        outcome: facts.outcome,
        message: facts.message,
    }
    log.record(entry)
}

/** The record as it stands after `changes`, without reading it back (the repository only derives `state`). */
export function merged(record: InteractionRecord, changes: InteractionChanges): InteractionRecord {
    return { ...record, ...changes }
}
