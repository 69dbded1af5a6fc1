import type { RoutingEvent, RoutingEventType } from '../../domain/routing-event'
import { err, ok, type Result } from '../../domain/result'
import { transition, type Transition } from '../../domain/routing-machine'
import { agentActionProblem } from '../actor-rules'
import { appError, type AppError } from '../app-error'
import { recordHistory } from '../history'
import { textProblem } from '../input-checks'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'

/** Every agent action names the interaction by sys_id. */
export interface InteractionInput {
    readonly interactionSysId: string
}

type Deps = Pick<RoutingDeps, 'interactions' | 'events'>

/** Records an attempt that changed nothing; only for interactions that exist (useful history, no noise). */
export function reject(
    deps: Deps,
    interaction: InteractionRecord,
    event: RoutingEventType,
    actor: Actor | null,
    error: AppError,
    target: string | null = null
): Result<never, AppError> {
    recordHistory(deps.events, interaction.sysId, interaction, {
        event,
        outcome: 'rejected',
        message: error.message,
        actor,
        target,
    })
    return err(error)
}

/**
 * Loads the interaction and checks who acts. A caller without the agent role learns nothing about
 * whether the record exists (forbidden first); a non-owner agent gets not_owner.
 */
export function loadForAgent(
    deps: Deps,
    actor: Actor | null,
    input: InteractionInput,
    event: RoutingEventType
): Result<InteractionRecord, AppError> {
    const bad = textProblem(input?.interactionSysId, 'The interaction', 32)
    if (bad) return err(bad)
    const interaction = deps.interactions.get(input.interactionSysId)
    const denied = agentActionProblem(actor, interaction)
    if (denied && interaction) return reject(deps, interaction, event, actor, denied)
    if (denied) return err(denied)
    if (!interaction) return err(appError('not_found', 'That interaction does not exist or was deleted.'))
    return ok(interaction)
}

/** Runs the state machine; an illegal event is recorded as rejected and nothing changes. */
export function transitionOrReject(
    deps: Deps,
    interaction: InteractionRecord,
    event: RoutingEvent,
    actor: Actor | null,
    target: string | null = null
): Result<Transition, AppError> {
    const moved = transition(interaction, event)
    if (moved.ok) return moved
    const message = `${interaction.number}: ${moved.error.message}.`
    return reject(deps, interaction, event.type, actor, appError('invalid_transition', message), target)
}
