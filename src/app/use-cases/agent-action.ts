import type { RoutingEventType } from '../../domain/routing-event'
import { err, ok, type Result } from '../../domain/result'
import { agentActionProblem } from '../actor-rules'
import { appError, type AppError } from '../app-error'
import { textProblem } from '../input-checks'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { refuse } from '../run-transition'

/** Every agent action names the interaction by sys_id. */
export interface InteractionInput {
    readonly interactionSysId: string
}

/** Why an agent may not act; `interaction` is set when it exists, so the refusal can go into its history. */
export interface LoadRefusal {
    readonly error: AppError
    readonly interaction: InteractionRecord | null
}

/**
 * Loads the interaction and checks who acts; writes nothing. A caller without the agent role learns nothing
 * about whether the record exists (forbidden first); a non-owner agent gets not_owner.
 */
export function loadForAgent(
    deps: Pick<RoutingDeps, 'interactions'>,
    actor: Actor | null,
    input: InteractionInput
): Result<InteractionRecord, LoadRefusal> {
    const bad = textProblem(input?.interactionSysId, 'The interaction', 32)
    if (bad) return err({ error: bad, interaction: null })
    const interaction = deps.interactions.get(input.interactionSysId)
    const denied = agentActionProblem(actor, interaction)
    if (denied) return err({ error: denied, interaction })
    if (!interaction)
        return err({
            error: appError('not_found', 'That interaction does not exist or was deleted.'),
            interaction: null,
        })
    return ok(interaction)
}

/** Records a refused attempt on an interaction that exists (useful history, no noise), and returns the error. */
export function refuseLoad(
    deps: Pick<RoutingDeps, 'events'>,
    refusal: LoadRefusal,
    event: RoutingEventType,
    actor: Actor | null
): Result<never, AppError> {
    return refusal.interaction ? refuse(deps, refusal.interaction, event, actor, refusal.error) : err(refusal.error)
}
