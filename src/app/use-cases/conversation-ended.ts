import { err, ok } from '../../domain/result'
import type { RoutingStatus } from '../../domain/routing-status'
import type { ActionResult, GenesysEventDone } from '../action-result'
import { merged, recordHistory } from '../history'
import { firstProblem, genesysIdProblem, optionalSysIdProblem, optionalTextProblem } from '../input-checks'
import type { Actor, InteractionChanges, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { transitionOrReject } from './agent-action'
import { adoptionNote, duplicateEvent, loadForGenesys, type GenesysEventSubject } from './genesys-event'

export interface ConversationEndedInput extends GenesysEventSubject {
    readonly eventId?: string | null
}

function endedMessage(before: InteractionRecord, status: RoutingStatus): string {
    if (status === 'abandoned') return `Genesys Cloud ended ${before.number} before an agent took it; it is abandoned.`
    return `Genesys Cloud ended the conversation of ${before.number} while an agent held it (it was ended in Genesys, not from ServiceNow); it is closed, the agent's capacity is released and nothing was sent to Genesys.`
}

/**
 * Genesys ended the conversation. Queued: nobody took it, it is abandoned. Connected or parked: an agent,
 * supervisor or flow ended it in Genesys; it closes with its owner kept for history, and nothing goes back to
 * Genesys. Already closed or abandoned (e.g. the end notification that follows our own Disconnect): acknowledged
 * as unchanged. A conversation nobody is linked to is taken over only by the queued interaction the event names
 * that has no conversation yet (its create timed out in ServiceNow).
 */
export function conversationEnded(
    deps: RoutingDeps,
    actor: Actor | null,
    input: ConversationEndedInput
): ActionResult<GenesysEventDone> {
    const bad = firstProblem(
        genesysIdProblem(input?.conversationId, 'The conversation id'),
        optionalSysIdProblem(input?.interactionSysId, 'The interaction sys_id'),
        optionalTextProblem(input?.eventId, 'The event id', 128)
    )
    if (bad) return err(bad)
    const externalId = input.eventId || `${input.conversationId}:ended`
    const loaded = loadForGenesys(deps, actor, input, externalId, 'conversation_ended', 'queued_unlinked')
    if (!loaded.ok) return loaded
    const before = loaded.value.interaction
    if (loaded.value.kind === 'repeat') return ok(duplicateEvent(before))
    const { adoption } = loaded.value
    const moved = transitionOrReject(deps, before, { type: 'conversation_ended' }, actor)
    if (!moved.ok) return moved
    if (!moved.value.changed) {
        const message = `Genesys Cloud reported the end of ${before.number}'s conversation; it was already ${before.status}, so nothing changed.`
        recordHistory(deps.events, before.sysId, before, {
            event: 'conversation_ended',
            outcome: 'unchanged',
            message,
            actor,
            externalId,
        })
        return ok({ interaction: before, outcome: 'unchanged', message, duplicate: false })
    }
    const changes: InteractionChanges = {
        status: moved.value.status,
        owner: moved.value.owner,
        pendingTarget: null,
        ...(adoption ? { conversationId: adoption.conversationId } : {}),
    }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const message = `${endedMessage(before, moved.value.status)}${adoptionNote(before, adoption)}`
    recordHistory(
        deps.events,
        before.sysId,
        before,
        { event: 'conversation_ended', outcome: 'applied', message, actor, externalId },
        after
    )
    return ok({ interaction: after, outcome: 'applied', message, duplicate: false })
}
