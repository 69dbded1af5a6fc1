import { err, ok } from '../../domain/result'
import type { ActionResult, GenesysEventDone } from '../action-result'
import { merged, recordHistory } from '../history'
import { firstProblem, genesysIdProblem, optionalTextProblem } from '../input-checks'
import type { Actor, InteractionChanges } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { transitionOrReject } from './agent-action'
import { duplicateEvent, loadForGenesys } from './genesys-event'

export interface AbandonedInput {
    readonly conversationId: string
    readonly eventId?: string | null
}

/** Genesys ended a queued email without an agent (e.g. the flow disconnected it). */
export function abandoned(
    deps: RoutingDeps,
    actor: Actor | null,
    input: AbandonedInput
): ActionResult<GenesysEventDone> {
    const bad = firstProblem(
        genesysIdProblem(input?.conversationId, 'The conversation id'),
        optionalTextProblem(input?.eventId, 'The event id', 128)
    )
    if (bad) return err(bad)
    const externalId = input.eventId || `${input.conversationId}:abandoned`
    const loaded = loadForGenesys(deps, actor, input.conversationId, externalId, 'abandoned')
    if (!loaded.ok) return loaded
    const before = loaded.value.interaction
    if (loaded.value.kind === 'repeat') return ok(duplicateEvent(before))
    const moved = transitionOrReject(deps, before, { type: 'abandoned' }, actor)
    if (!moved.ok) return moved
    if (!moved.value.changed) {
        const message = `${before.number} was already abandoned; nothing changed.`
        recordHistory(deps.events, before.sysId, before, {
            event: 'abandoned',
            outcome: 'unchanged',
            message,
            actor,
            externalId,
        })
        return ok({ interaction: before, outcome: 'unchanged', message, duplicate: false })
    }
    const changes: InteractionChanges = { status: moved.value.status, owner: moved.value.owner, pendingTarget: null }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const message = `Genesys Cloud ended ${before.number} before an agent took it; it is abandoned.`
    recordHistory(
        deps.events,
        before.sysId,
        before,
        { event: 'abandoned', outcome: 'applied', message, actor, externalId },
        after
    )
    return ok({ interaction: after, outcome: 'applied', message, duplicate: false })
}
