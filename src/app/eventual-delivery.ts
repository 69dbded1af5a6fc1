import type { RoutingEventType } from '../domain/routing-event'
import { isRetryableLater } from '../genesys/genesys-error'
import { genesysLink, NOT_LINKED_NOTE, type GenesysLink } from './genesys-link'
import { describeGenesysError } from './genesys-messages'
import { sendToGenesys, type GenesysOperation } from './genesys-operation'
import { encodePayload } from './outbox-payload'
import type { InteractionRecord } from './ports'
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

/**
 * Sends now; on a retryable failure the same call goes to the outbox, due after Genesys's Retry-After
 * (or at the next scheduled run). A refusal that would fail the same way again is reported, not queued.
 */
export function deliverEventually(
    deps: Pick<RoutingDeps, 'genesys' | 'outbox' | 'clock'>,
    update: EventualUpdate
): Delivery {
    const sent = sendToGenesys(deps.genesys, update.call)
    if (sent.ok) return { outcome: 'applied', note: '', correlationId: null, conversationId: sent.value }
    const error = sent.error
    const correlationId = error.correlationId ?? null
    const described = describeGenesysError(error)
    if (isRetryableLater(error)) {
        const dueAt = deps.clock.nowMs() + (error.retryAfterSeconds ?? 0) * 1000
        deps.outbox.enqueue(
            {
                interaction: update.interaction,
                operation: update.call.operation,
                payload: encodePayload(update.event, update.call),
                idempotencyKey: update.idempotencyKey,
            },
            dueAt,
            described
        )
        return {
            outcome: 'deferred',
            note: `Genesys Cloud is not available right now (${error.kind}); the update will be sent to Genesys when it is available.`,
            correlationId,
            conversationId: null,
        }
    }
    return {
        outcome: 'failed',
        note: `Genesys Cloud did not accept the update (${described}), so Genesys was not updated; tell your administrator if it still shows the conversation.`,
        correlationId,
        conversationId: null,
    }
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
