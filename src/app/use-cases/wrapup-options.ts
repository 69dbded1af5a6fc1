import { err, ok, type Result } from '../../domain/result'
import type { GenesysResult, GenesysWrapupCode } from '../../genesys/genesys-api'
import { appError, type AppError } from '../app-error'
import { readConfig } from '../config-checks'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import type { InteractionInput } from './agent-action'
import { loadHeldInteraction } from './held-interaction'

export interface WrapupOption {
    readonly value: string
    readonly label: string
}

export interface WrapupOptions {
    readonly interaction: InteractionRecord
    /** The configured default first (when set), then the participant's (or queue's) codes by name. */
    readonly options: readonly WrapupOption[]
    /** The value the modal preselects; '' when no default is configured. */
    readonly defaultValue: string
    /** Set when Genesys could not list the queue's codes: only the default is offered. */
    readonly notice: string | null
}

const DEFAULT_LABEL = 'Default wrap-up'

type Listed = GenesysResult<readonly GenesysWrapupCode[]> | null

/**
 * The codes Genesys allows for this agent participant (GET .../emails/{cid}/participants/{pid}/wrapupcodes: its
 * queue's codes, after transfers too); the interaction's queue's list when there is no participant yet or
 * Genesys could not answer for it; null when there is neither.
 */
function listCodes(deps: RoutingDeps, interaction: InteractionRecord): Listed {
    if (interaction.conversationId && interaction.participantId) {
        const fromParticipant = deps.genesys.listParticipantWrapupCodes(
            interaction.conversationId,
            interaction.participantId
        )
        if (fromParticipant.ok || !interaction.queueId) return fromParticipant
    }
    return interaction.queueId ? deps.genesys.listQueueWrapupCodes(interaction.queueId) : null
}

/**
 * The Disconnect modal's wrap-up codes: those Genesys allows for the interaction's participant, else its
 * queue's. A query (no history row, same actor rules as disconnect). When Genesys cannot list them the
 * default alone is offered, so an outage never stops an agent from closing an email (the disconnect then
 * waits in the outbox).
 */
export function wrapupOptions(
    deps: RoutingDeps,
    actor: Actor | null,
    input: InteractionInput
): Result<WrapupOptions, AppError> {
    const loaded = loadHeldInteraction(deps, actor, input, 'disconnected')
    if (!loaded.ok) return loaded
    const interaction = loaded.value
    const config = readConfig(deps.config)
    const defaultValue = config.ok ? config.value.defaultWrapupCode : ''
    const listed = listCodes(deps, interaction)
    const codes = listed && listed.ok ? [...listed.value].sort((a, b) => a.name.localeCompare(b.name)) : []
    const fromQueue = codes.map((c) => ({ value: c.id.toLowerCase(), label: c.name }))
    const defaultListed = fromQueue.find((o) => o.value === defaultValue)
    const options = [
        ...(defaultValue ? [{ value: defaultValue, label: defaultListed ? defaultListed.label : DEFAULT_LABEL }] : []),
        ...fromQueue.filter((o) => o.value !== defaultValue),
    ]
    const notice =
        listed && !listed.ok
            ? `Genesys Cloud could not list this email's wrap-up codes (${listed.error.kind}); only the default is offered.`
            : null
    if (options.length === 0)
        return err(
            appError('configuration', 'No wrap-up code is available for this queue and no default is configured.')
        )
    return ok({ interaction, options, defaultValue, notice })
}
