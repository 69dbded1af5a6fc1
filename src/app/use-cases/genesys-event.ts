import { err, ok, type Result } from '../../domain/result'
import type { RoutingEventType } from '../../domain/routing-event'
import { integrationProblem } from '../actor-rules'
import { appError, type AppError } from '../app-error'
import type { Actor, InteractionRecord } from '../ports'
import type { GenesysEventDone } from '../action-result'
import type { RoutingDeps } from '../routing-deps'
import { reject } from './agent-action'

/** What a Genesys notification is about: its conversation, and the interaction Genesys was told it routes. */
export interface GenesysEventSubject {
    readonly conversationId: string
    /**
     * The interaction sys_id ServiceNow sent in the conversation attributes (servicenowInteractionSysId), when
     * the Genesys flow passes it back. Only read when no interaction is linked to the conversation.
     */
    readonly interactionSysId?: string | null
}

/** The event's conversation becomes the interaction's: it had none, or Genesys routes another one than stored. */
export interface Adoption {
    readonly conversationId: string
    /** The conversation id stored before, null when there was none. */
    readonly replaced: string | null
}

/**
 * Which interaction named by the event may take over a conversation nobody is linked to:
 * - `queued`: any queued one (agent_assigned: the conversation Genesys routed to an agent is the one to follow);
 * - `queued_unlinked`: a queued one with no conversation yet (conversation_ended: the create timed out in
 *   ServiceNow but Genesys created it; a stray conversation ending never ends one Genesys routes under another).
 * An interaction an agent holds, or that has ended, never takes over another conversation.
 */
export type AdoptionRule = 'queued' | 'queued_unlinked'

export type Loaded =
    | { readonly kind: 'new'; readonly interaction: InteractionRecord; readonly adoption: Adoption | null }
    /** The event id is already in the history: acknowledge, change nothing, write nothing. */
    | { readonly kind: 'repeat'; readonly interaction: InteractionRecord }

function unknownConversation(conversationId: string, detail = ''): AppError {
    return appError('not_found', `No interaction is linked to Genesys Cloud conversation ${conversationId}${detail}.`)
}

/** The interaction the event names by sys_id, when it may take over the event's conversation. */
function adopt(
    deps: Pick<RoutingDeps, 'interactions' | 'events'>,
    actor: Actor | null,
    named: InteractionRecord,
    conversationId: string,
    event: RoutingEventType,
    rule: AdoptionRule
): Result<Loaded, AppError> {
    const stored = named.conversationId
    if (named.status === 'queued' && (rule === 'queued' || stored === null))
        return ok({ kind: 'new', interaction: named, adoption: { conversationId, replaced: stored } })
    const where = stored ? ` and follows conversation ${stored}` : ''
    if (rule === 'queued_unlinked')
        return err(
            unknownConversation(
                conversationId,
                `; ${named.number}, which the event names, is ${named.status}${where}, so nothing changed`
            )
        )
    const message = `Genesys Cloud conversation ${conversationId} names ${named.number}, but ${named.number} is ${named.status}${where}; only a queued interaction takes over a new conversation, so nothing changed.`
    return reject(deps, named, event, actor, appError('invalid_transition', message))
}

/**
 * Genesys notifications: only from the integration user, matched by conversation id (else by the interaction
 * sys_id the event carries, see AdoptionRule), and idempotent by external (Genesys event) id. Rejected rows
 * carry no external id, so a notification refused today (e.g. an unmapped agent) is applied when Genesys
 * sends it again after the admin fixed it.
 */
export function loadForGenesys(
    deps: Pick<RoutingDeps, 'interactions' | 'events'>,
    actor: Actor | null,
    subject: GenesysEventSubject,
    externalId: string,
    event: RoutingEventType,
    rule: AdoptionRule
): Result<Loaded, AppError> {
    const { conversationId, interactionSysId } = subject
    const interaction = deps.interactions.findByConversationId(conversationId)
    const denied = integrationProblem(actor)
    if (denied && interaction) return reject(deps, interaction, event, actor, denied)
    if (denied) return err(denied)
    if (interaction)
        return ok(
            deps.events.hasExternalId(externalId)
                ? { kind: 'repeat', interaction }
                : { kind: 'new', interaction, adoption: null }
        )
    if (!interactionSysId) return err(unknownConversation(conversationId))
    const named = deps.interactions.get(interactionSysId)
    if (!named)
        return err(
            unknownConversation(
                conversationId,
                `, and interaction ${interactionSysId} does not exist or is not routed through Genesys Cloud`
            )
        )
    if (deps.events.hasExternalId(externalId)) return ok({ kind: 'repeat', interaction: named })
    return adopt(deps, actor, named, conversationId, event, rule)
}

/** The sentence a history message ends with when the event's conversation was adopted. */
export function adoptionNote(interaction: InteractionRecord, adoption: Adoption | null): string {
    if (!adoption) return ''
    if (adoption.replaced === null)
        return ` ${interaction.number} had no Genesys conversation stored (its create request likely timed out in ServiceNow), so it now follows conversation ${adoption.conversationId}, which the event linked to it.`
    return ` ${interaction.number} now follows Genesys Cloud conversation ${adoption.conversationId} instead of ${adoption.replaced}: the event linked it to ${interaction.number}, and Genesys routes that conversation.`
}

/** The answer to a notification whose event id was already applied: acknowledged, nothing changed. */
export function duplicateEvent(interaction: InteractionRecord): GenesysEventDone {
    const message = 'This Genesys Cloud event was already applied; nothing changed.'
    return { interaction, outcome: 'unchanged', message, duplicate: true }
}
