import type { RoutingEventType } from '../domain/routing-event'
import { err, ok, type Result } from '../domain/result'
import { appError, type AppError } from './app-error'
import { genesysFirstFailure } from './genesys-messages'
import { sendToGenesys, type GenesysOperation } from './genesys-operation'
import { recordHistory } from './history'
import { sendPendingFirst, type Supersede } from './outbox-processor'
import type { Actor, InteractionRecord } from './ports'
import type { RoutingDeps } from './routing-deps'

type Deps = Pick<RoutingDeps, 'genesys' | 'events' | 'outbox' | 'interactions' | 'config' | 'clock'>

/**
 * Genesys must receive an interaction's updates in the order they happened: before a newer action reaches its
 * conversation, the interaction's pending outbox rows are sent (see sendPendingFirst). If one still cannot be sent,
 * the action is refused, recorded as failed, and nothing changes: otherwise the late row (an un-park from a reply
 * made during an outage) would undo the agent's newer Hold, or hit a participant a transfer replaced.
 */
export function earlierUpdatesFirst(
    deps: Deps,
    interaction: InteractionRecord,
    event: RoutingEventType,
    actor: Actor | null,
    options: { readonly target?: string | null; readonly supersede?: Supersede } = {}
): Result<void, AppError> {
    const waiting = sendPendingFirst(deps, interaction, options.supersede)
    if (!waiting) return ok(undefined)
    const message = `An earlier update to Genesys Cloud for ${interaction.number} is still waiting to be sent; try again in ${waiting.waitSeconds} seconds. Nothing was changed.`
    recordHistory(deps.events, interaction.sysId, interaction, {
        event,
        outcome: 'failed',
        message,
        actor,
        target: options.target ?? null,
        correlationId: waiting.error.correlationId ?? null,
    })
    return err(appError('genesys_unavailable', message, waiting.error))
}

/**
 * For actions Genesys must agree to before ServiceNow changes (hold, resume, transfer): earlier updates of the
 * interaction go first; then, on failure nothing changes, the attempt is recorded as failed with Genesys's
 * correlation id, and the agent is told why and what to do.
 */
export function askGenesysFirst(
    deps: Deps,
    interaction: InteractionRecord,
    event: RoutingEventType,
    actor: Actor | null,
    call: GenesysOperation,
    what: { readonly action: string; readonly target?: string | null }
): Result<void, AppError> {
    const earlier = earlierUpdatesFirst(deps, interaction, event, actor, { target: what.target })
    if (!earlier.ok) return earlier
    const sent = sendToGenesys(deps.genesys, call)
    if (sent.ok) return ok(undefined)
    const failure = genesysFirstFailure(what.action, sent.error)
    recordHistory(deps.events, interaction.sysId, interaction, {
        event,
        outcome: 'failed',
        message: failure.message,
        actor,
        target: what.target ?? null,
        correlationId: sent.error.correlationId ?? null,
    })
    return err(failure)
}
