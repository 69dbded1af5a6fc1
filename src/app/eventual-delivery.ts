import type { RoutingEventType } from '../domain/routing-event'
import { isRetryableLater, type GenesysError } from '../genesys/genesys-error'
import { genesysLink, NOT_LINKED_NOTE, type GenesysLink } from './genesys-link'
import { describeGenesysError } from './genesys-messages'
import { sendToGenesys, type GenesysOperation } from './genesys-operation'
import { encodePayload } from './outbox-payload'
import type { InteractionRecord, OutboxItem, OutboxOperation } from './ports'
import type { RoutingDeps } from './routing-deps'

/** How a must-happen-eventually Genesys update went; ServiceNow has already moved on either way. */
export interface Delivery {
    readonly outcome: 'applied' | 'deferred' | 'failed'
    /** A sentence to append to the agent-facing message; empty when Genesys accepted it. */
    readonly note: string
    readonly correlationId: string | null
    /** Set for create_conversation when Genesys accepted it. */
    readonly conversationId: string | null
}

export interface EventualUpdate {
    readonly interaction: string
    readonly event: RoutingEventType
    readonly call: GenesysOperation
    /** Deterministic per logical update, so a repeated use case cannot queue a second, different call. */
    readonly idempotencyKey: string
}

/** How the last_error of an update Genesys may already have carried out begins: an admin checks before Retry. */
export const UNCERTAIN_PREFIX = 'uncertain: Genesys may have processed this request; check before Retry'

/**
 * What a failed eventual update calls for; the same judgement whether a use case or the outbox job sent it.
 * - already_done: nothing left to do (a disconnect whose participant Genesys no longer has: 404).
 * - uncertain: a non-idempotent request failed without a clear answer; repeating it could act twice (a second
 *   conversation), so it is kept dead for an admin to check.
 * - retry_later: Genesys did not process it and may later (429, 503, auth, timeout on an idempotent call ...).
 * - refused: it would fail the same way again (400 wrap-up code not valid for the queue, 403 ...); kept dead for an
 *   admin to fix the cause and Retry.
 */
export type FailureVerdict =
    | { readonly verdict: 'already_done' }
    | { readonly verdict: 'uncertain' | 'retry_later' | 'refused'; readonly lastError: string }

export function judgeFailure(operation: OutboxOperation, error: GenesysError): FailureVerdict {
    if (operation === 'disconnect' && error.kind === 'not_found') return { verdict: 'already_done' }
    const described = describeGenesysError(error)
    if (error.maybeProcessed) return { verdict: 'uncertain', lastError: `${UNCERTAIN_PREFIX} (${described})` }
    return { verdict: isRetryableLater(error) ? 'retry_later' : 'refused', lastError: described }
}

export const ALREADY_DISCONNECTED_NOTE =
    'Genesys Cloud had already ended the agent participant, so there was nothing left to disconnect.'

const ADMIN_NOTIFIED = 'your administrator was notified through the Genesys outbox'

/**
 * Sends now. On a retryable failure the same call goes to the outbox, due after Genesys's Retry-After (or at the
 * next scheduled run). A refusal, or an unclear failure of a request that is not safe to repeat, goes to the outbox
 * dead: never resent automatically, but left where an admin sees it and can Retry. ServiceNow keeps its change.
 */
export function deliverEventually(
    deps: Pick<RoutingDeps, 'genesys' | 'outbox' | 'clock'>,
    update: EventualUpdate
): Delivery {
    const sent = sendToGenesys(deps.genesys, update.call)
    if (sent.ok) return { outcome: 'applied', note: '', correlationId: null, conversationId: sent.value }
    const error = sent.error
    const correlationId = error.correlationId ?? null
    const item: OutboxItem = {
        interaction: update.interaction,
        operation: update.call.operation,
        payload: encodePayload(update.event, update.call),
        idempotencyKey: update.idempotencyKey,
    }
    const judged = judgeFailure(update.call.operation, error)
    if (judged.verdict === 'already_done')
        return { outcome: 'applied', note: ALREADY_DISCONNECTED_NOTE, correlationId, conversationId: null }
    if (judged.verdict === 'retry_later') {
        deps.outbox.enqueue(item, deps.clock.nowMs() + (error.retryAfterSeconds ?? 0) * 1000, judged.lastError)
        return {
            outcome: 'deferred',
            note: `Genesys Cloud is not available right now (${error.kind}); the update will be sent to Genesys when it is available.`,
            correlationId,
            conversationId: null,
        }
    }
    deps.outbox.enqueueDead(item, judged.lastError)
    const note =
        judged.verdict === 'uncertain'
            ? `Genesys Cloud gave no clear answer (${error.kind}) and may have carried out the update, so it is not sent again automatically; ${ADMIN_NOTIFIED} to check Genesys Cloud before retrying it.`
            : `Genesys Cloud did not accept the update (${judged.lastError}), so Genesys was not updated; ${ADMIN_NOTIFIED} and can retry it once the cause is fixed.`
    return { outcome: 'failed', note, correlationId, conversationId: null }
}

/** As deliverEventually, for calls on the agent participant; without one there is nothing to send, and the note says so. */
export function deliverToParticipant(
    deps: Pick<RoutingDeps, 'genesys' | 'outbox' | 'clock'>,
    interaction: InteractionRecord,
    event: RoutingEventType,
    call: (link: GenesysLink) => GenesysOperation,
    idempotencyKey: string
): Delivery {
    const link = genesysLink(interaction)
    if (!link) return { outcome: 'applied', note: NOT_LINKED_NOTE, correlationId: null, conversationId: null }
    return deliverEventually(deps, { interaction: interaction.sysId, event, call: call(link), idempotencyKey })
}

/** The agent-facing sentence plus the delivery's note, if any. */
export function withNote(done: string, delivery: Delivery): string {
    return delivery.note ? `${done} ${delivery.note}` : done
}
