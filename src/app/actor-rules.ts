import { appError, type AppError } from './app-error'
import type { Actor, InteractionRecord } from './ports'

/** Agent actions: the owner, or an admin (who may act for an absent agent). */
export function agentActionProblem(actor: Actor | null, interaction: InteractionRecord | null): AppError | null {
    if (!actor || (!actor.isAgent && !actor.isAdmin))
        return appError('forbidden', 'You need the agent role to work email interactions.')
    if (actor.isAdmin || !interaction) return null
    if (interaction.owner !== actor.userSysId)
        return appError(
            'not_owner',
            `You do not own ${interaction.number}; only the agent working it or an administrator can do this.`
        )
    return null
}

/** Genesys notifications arrive only through the integration user. */
export function integrationProblem(actor: Actor | null): AppError | null {
    return actor?.isIntegration
        ? null
        : appError('forbidden', 'Only the Genesys Cloud integration user can report routing events.')
}
