import { err, ok, type Result } from '../../domain/result'
import { isHeldByAgent } from '../../domain/routing-status'
import { agentActionProblem } from '../actor-rules'
import { appError, type AppError } from '../app-error'
import { textProblem } from '../input-checks'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import type { InteractionInput } from './agent-action'

/**
 * For the Workspace modals' queries: the interaction, if the actor may act on it and an agent is
 * working it (connected or parked). The same rules as the action itself; a query writes no history.
 */
export function loadHeldInteraction(
    deps: Pick<RoutingDeps, 'interactions'>,
    actor: Actor | null,
    input: InteractionInput,
    /** What the action would do, as a past participle: "transferred", "disconnected". */
    done: string
): Result<InteractionRecord, AppError> {
    const bad = textProblem(input?.interactionSysId, 'The interaction', 32)
    if (bad) return err(bad)
    const interaction = deps.interactions.get(input.interactionSysId)
    const denied = agentActionProblem(actor, interaction)
    if (denied) return err(denied)
    if (!interaction) return err(appError('not_found', 'That interaction does not exist or was deleted.'))
    if (!isHeldByAgent(interaction.status))
        return err(
            appError(
                'invalid_transition',
                `${interaction.number} is ${interaction.status}; only an interaction an agent is working can be ${done}.`
            )
        )
    return ok(interaction)
}
