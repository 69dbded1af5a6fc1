import { err, ok } from '../../domain/result'
import type { ActionResult, GenesysEventDone } from '../action-result'
import { appError } from '../app-error'
import { merged, recordHistory } from '../history'
import {
    firstProblem,
    genesysIdProblem,
    optionalGenesysIdProblem,
    optionalSysIdProblem,
    optionalTextProblem,
} from '../input-checks'
import type { Actor, InteractionChanges, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { reject, transitionOrReject } from './agent-action'
import { adoptionNote, duplicateEvent, loadForGenesys, type GenesysEventSubject } from './genesys-event'

export interface AgentAssignedInput extends GenesysEventSubject {
    readonly genesysUserId: string
    readonly participantId: string
    readonly communicationId?: string | null
    readonly queueId?: string | null
    /** Genesys's id for this notification; defaults to conversation + participant (new per assignment). */
    readonly eventId?: string | null
}

/**
 * Genesys assigned the email to an agent: the mapped ServiceNow user becomes the owner. An unknown conversation
 * whose event names a queued interaction of ours (interactionSysId) becomes that interaction's conversation:
 * the create timed out in ServiceNow but Genesys created and routed it, or Genesys routes a newer one.
 */
export function agentAssigned(
    deps: RoutingDeps,
    actor: Actor | null,
    input: AgentAssignedInput
): ActionResult<GenesysEventDone> {
    const bad = firstProblem(
        genesysIdProblem(input?.conversationId, 'The conversation id'),
        genesysIdProblem(input?.genesysUserId, 'The Genesys user id'),
        genesysIdProblem(input?.participantId, 'The participant id'),
        optionalGenesysIdProblem(input?.communicationId, 'The communication id'),
        optionalGenesysIdProblem(input?.queueId, 'The queue id'),
        optionalSysIdProblem(input?.interactionSysId, 'The interaction sys_id'),
        optionalTextProblem(input?.eventId, 'The event id', 128)
    )
    if (bad) return err(bad)
    const externalId = input.eventId || `${input.conversationId}:${input.participantId}:assigned`
    const loaded = loadForGenesys(deps, actor, input, externalId, 'agent_assigned', 'queued')
    if (!loaded.ok) return loaded
    const before = loaded.value.interaction
    if (loaded.value.kind === 'repeat') return ok(duplicateEvent(before))
    const { adoption } = loaded.value
    const agent = deps.agents.findByGenesysUserId(input.genesysUserId)
    if (!agent || !agent.active) {
        const message = `Genesys Cloud user ${input.genesysUserId} is not mapped to an active ServiceNow agent (event ${externalId}); ${before.number} was not assigned.`
        return reject(deps, before, 'agent_assigned', actor, appError('unmapped_agent', message))
    }
    const moved = transitionOrReject(deps, before, { type: 'agent_assigned', agent: agent.userSysId }, actor)
    if (!moved.ok) return moved
    if (!moved.value.changed) return sameAgentAgain(deps, actor, before, agent.name, input, externalId)
    const changes: InteractionChanges = {
        status: moved.value.status,
        owner: moved.value.owner,
        participantId: input.participantId,
        communicationId: input.communicationId ?? null,
        pendingTarget: null,
        ...(input.queueId ? { queueId: input.queueId } : {}),
        ...(adoption ? { conversationId: adoption.conversationId } : {}),
    }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const message = `Genesys Cloud assigned ${before.number} to ${agent.name}.${adoptionNote(before, adoption)}`
    recordHistory(
        deps.events,
        before.sysId,
        before,
        { event: 'agent_assigned', outcome: 'applied', message, actor, externalId },
        after
    )
    return ok({ interaction: after, outcome: 'applied', message, duplicate: false })
}

/**
 * The participant ids a repeat assignment to the owner brings: a new participant (Genesys re-offered the
 * conversation to the same agent) replaces participant and communication; the same participant may bring
 * a communication id we did not have. Empty when there is nothing new.
 */
function newLinkIds(before: InteractionRecord, input: AgentAssignedInput): InteractionChanges {
    if (input.participantId !== before.participantId)
        return { participantId: input.participantId, communicationId: input.communicationId ?? null }
    if (input.communicationId && input.communicationId !== before.communicationId)
        return { communicationId: input.communicationId }
    return {}
}

/** agent_assigned for the agent who already owns it: status and owner stay; new Genesys ids are stored. */
function sameAgentAgain(
    deps: RoutingDeps,
    actor: Actor | null,
    before: InteractionRecord,
    agentName: string,
    input: AgentAssignedInput,
    externalId: string
): ActionResult<GenesysEventDone> {
    const changes = newLinkIds(before, input)
    if (Object.keys(changes).length === 0) {
        const message = `${before.number} is already assigned to ${agentName}; nothing changed.`
        recordHistory(deps.events, before.sysId, before, {
            event: 'agent_assigned',
            outcome: 'unchanged',
            message,
            actor,
            externalId,
        })
        return ok({ interaction: before, outcome: 'unchanged', message, duplicate: false })
    }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const message = `Genesys Cloud offered ${before.number} to ${agentName} again; its new Genesys participant is stored.`
    recordHistory(
        deps.events,
        before.sysId,
        before,
        { event: 'agent_assigned', outcome: 'applied', message, actor, externalId },
        after
    )
    return ok({ interaction: after, outcome: 'applied', message, duplicate: false })
}
