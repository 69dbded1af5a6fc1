import type { RoutingEventType } from '../domain/routing-event'
import { err, ok, type Result } from '../domain/result'
import type { AppError } from './app-error'
import { genesysFirstFailure } from './genesys-messages'
import { sendToGenesys, type GenesysOperation } from './genesys-operation'
import { recordHistory } from './history'
import type { Actor, InteractionRecord } from './ports'
import type { RoutingDeps } from './routing-deps'

/**
 * For actions Genesys must agree to before ServiceNow changes (hold, resume, transfer): on failure
 * nothing changes, the attempt is recorded as failed with Genesys's correlation id, and the agent
 * is told why and what to do.
 */
export function askGenesysFirst(
    deps: Pick<RoutingDeps, 'genesys' | 'events'>,
    interaction: InteractionRecord,
    event: RoutingEventType,
    actor: Actor | null,
    call: GenesysOperation,
    what: { readonly action: string; readonly target?: string | null }
): Result<void, AppError> {
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
