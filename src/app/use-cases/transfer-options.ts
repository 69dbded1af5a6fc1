import { ok, type Result } from '../../domain/result'
import { listTransferOptions, type TransferOption } from '../../domain/transfer-targets'
import type { AppError } from '../app-error'
import { readConfig } from '../config-checks'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import type { InteractionInput } from './agent-action'
import { loadHeldInteraction } from './held-interaction'

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
    const loaded = loadHeldInteraction(deps, actor, input, 'transferred')
    if (!loaded.ok) return loaded
    const interaction = loaded.value
    const config = readConfig(deps.config)
    if (!config.ok) return config
    const options = listTransferOptions(config.value.queues, deps.agents.listMappedAgents(), interaction.owner)
    return ok({ interaction, options })
}
