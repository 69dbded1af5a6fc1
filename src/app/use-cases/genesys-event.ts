import { err, ok, type Result } from '../../domain/result'
import type { RoutingEventType } from '../../domain/routing-event'
import { integrationProblem } from '../actor-rules'
import { appError, type AppError } from '../app-error'
import type { Actor, InteractionRecord } from '../ports'
import type { GenesysEventDone } from '../action-result'
import type { RoutingDeps } from '../routing-deps'
import { reject } from './agent-action'

export type Loaded =
    | { readonly kind: 'new'; readonly interaction: InteractionRecord }
    /** The event id is already in the history: acknowledge, change nothing, write nothing. */
    | { readonly kind: 'repeat'; readonly interaction: InteractionRecord }

/**
 * Genesys notifications: only from the integration user, matched by conversation id, and idempotent
 * by external (Genesys event) id. Rejected rows carry no external id, so a notification refused
 * today (e.g. an unmapped agent) is applied when Genesys sends it again after the admin fixed it.
 */
export function loadForGenesys(
    deps: Pick<RoutingDeps, 'interactions' | 'events'>,
    actor: Actor | null,
    conversationId: string,
    externalId: string,
    event: RoutingEventType
): Result<Loaded, AppError> {
    const interaction = deps.interactions.findByConversationId(conversationId)
    const denied = integrationProblem(actor)
    if (denied && interaction) return reject(deps, interaction, event, actor, denied)
    if (denied) return err(denied)
    if (!interaction)
        return err(appError('not_found', `No interaction is linked to Genesys Cloud conversation ${conversationId}.`))
    if (deps.events.hasExternalId(externalId)) return ok({ kind: 'repeat', interaction })
    return ok({ kind: 'new', interaction })
}

/** The answer to a notification whose event id was already applied: acknowledged, nothing changed. */
export function duplicateEvent(interaction: InteractionRecord): GenesysEventDone {
    const message = 'This Genesys Cloud event was already applied; nothing changed.'
    return { interaction, outcome: 'unchanged', message, duplicate: true }
}
