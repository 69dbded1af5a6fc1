import { err, ok, type Result } from '../../domain/result'
import { isHeldByAgent } from '../../domain/routing-status'
import { listTransferOptions, type TransferOption } from '../../domain/transfer-targets'
import { appError, type AppError } from '../app-error'
import { agentActionProblem } from '../actor-rules'
import { readConfig } from '../config-checks'
import { textProblem } from '../input-checks'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import type { InteractionInput } from './agent-action'

export interface TransferOptions {
    readonly interaction: InteractionRecord
    /** Mapped queues, then active mapped agents other than the owner, each sorted by label. */
    readonly options: readonly TransferOption[]
}

/** The Transfer Email modal's choices. A query: same actor rules as transfer, no history row. */
export function transferOptions(
    deps: RoutingDeps,
    actor: Actor | null,
    input: InteractionInput
): Result<TransferOptions, AppError> {
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
                `${interaction.number} is ${interaction.status}; only an interaction an agent is working can be transferred.`
            )
        )
    const config = readConfig(deps.config)
    if (!config.ok) return config
    const options = listTransferOptions(config.value.queues, deps.agents.listMappedAgents(), interaction.owner)
    return ok({ interaction, options })
}
