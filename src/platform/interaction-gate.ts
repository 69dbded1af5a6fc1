import { gs, type GlideRecord } from '@servicenow/glide'
import type { InteractionEdit } from '../app/form-change'
import type { Actor, InteractionRepository } from '../app/ports'
import { applyInteractionChanges, toInteractionRecord } from './interaction-repository'
import { valueOf } from './glide/record-values'

/**
 * Whether the update writes a column the app writes with every change it makes to an interaction:
 * applyInteractionChanges writes the routing status (and `state` with it, as INTERACTION_STATE[status]) on every
 * transition, and every owner change comes with a new status, a new agent participant (Genesys gave it to another
 * agent), a pending transfer target, or a read of Genesys (last confirmed). Nobody else writes them: they are
 * read-only on the form and only the integration user may write the Genesys ids (fluent/tables/interaction.now.ts).
 */
function routingColumnsChanged(current: GlideRecord, previous: GlideRecord): boolean {
    return (
        valueOf(current, 'x_gcer_routing_status') !== valueOf(previous, 'x_gcer_routing_status') ||
        valueOf(current, 'x_gcer_participant_id') !== valueOf(previous, 'x_gcer_participant_id') ||
        valueOf(current, 'x_gcer_pending_target') !== valueOf(previous, 'x_gcer_pending_target') ||
        valueOf(current, 'x_gcer_last_confirmed') !== valueOf(previous, 'x_gcer_last_confirmed')
    )
}

/**
 * The edit a before-update rule sees, or null for an interaction the app does not route. `previous` holds the stored
 * values (the business rule's second argument, SDK businessrule-api.md), `current` the values about to be saved.
 */
export function readInteractionEdit(current: GlideRecord, previous: GlideRecord): InteractionEdit | null {
    const stored = toInteractionRecord(previous)
    if (!stored) return null
    return {
        status: stored.status,
        stateBefore: valueOf(previous, 'state'),
        stateAfter: valueOf(current, 'state'),
        ownerBefore: valueOf(previous, 'assigned_to'),
        ownerAfter: valueOf(current, 'assigned_to'),
        routingColumnsChanged: routingColumnsChanged(current, previous),
    }
}

/**
 * The interaction repository a use case gets inside the before-update rule. The record being saved is read as it
 * is stored (`previous`: the machine starts from the stored status and owner) and the use case's changes are
 * written onto `current`, unsaved: the update already under way saves them with the user's edit, in one write. A
 * separate GlideRecord update of the same row inside its own before rule would save it twice (and the in-flight
 * save would then write the user's fields over it); `current.update()` in a before rule is what the SDK guide
 * says never to do. Other interactions go through the ordinary repository.
 */
export function currentBoundInteractions(
    current: GlideRecord,
    previous: GlideRecord,
    base: InteractionRepository,
    nowMs: () => number
): InteractionRepository {
    const sysId = current.getUniqueValue()
    return {
        ...base,
        get: (id) => (id === sysId ? toInteractionRecord(previous) : base.get(id)),
        update: (id, changes) =>
            id === sysId ? applyInteractionChanges(current, changes, nowMs) : base.update(id, changes),
    }
}

/**
 * Who changed the interaction: the session user (a person on a form or list, a flow's or job's run-as user, a REST
 * caller). The platform's ACLs already let them write State or Assigned to, so the gate does not ask for the app's
 * roles on top (a supervisor or the platform's auto-close has none): it routes the change they were allowed to make.
 */
export function editingActor(): Actor {
    return { userSysId: gs.getUserID(), isAgent: true, isAdmin: true, isIntegration: false }
}
