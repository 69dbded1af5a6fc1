import type { Transition } from '../../domain/routing-machine'
import { deliverToParticipant, withNote, type Delivery } from '../eventual-delivery'
import type { Supersede } from '../outbox-processor'
import { merged, recordHistory } from '../history'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'

export interface Closed {
    readonly interaction: InteractionRecord
    readonly outcome: Delivery['outcome']
    readonly message: string
}

/**
 * Closes the interaction in ServiceNow first (the agent's close is never lost), then disconnects the
 * Genesys participant with the wrap-up in one call; a retryable failure goes to the outbox. Closed is
 * terminal, so one disconnect per interaction: the idempotency key needs no counter.
 */
/**
 * A disconnect makes a pending park or un-park of the same participant pointless: it is not sent (marked done as
 * superseded) instead of reaching Genesys after, or just before, the disconnect. Any other pending update is sent
 * first, and the close is refused (nothing changed) while one still waits.
 */
export const DISCONNECT_SUPERSEDES: Supersede = {
    operations: ['park', 'unpark'],
    reason: 'superseded: the agent disconnected the participant, so parking it no longer matters',
}

export function closeAndDisconnect(
    deps: RoutingDeps,
    before: InteractionRecord,
    moved: Transition,
    actor: Actor | null,
    event: 'disconnect' | 'create_case',
    wrapupCode: string,
    done: string
): Closed {
    const changes = { status: moved.status, owner: moved.owner, pendingTarget: null }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const delivery = deliverToParticipant(
        deps,
        before,
        event,
        (link) => ({ operation: 'disconnect', ...link, wrapup: { code: wrapupCode } }),
        `${before.sysId}:disconnect`
    )
    const message = withNote(done, delivery)
    const { outcome, correlationId } = delivery
    recordHistory(deps.events, before.sysId, before, { event, outcome, message, actor, correlationId }, after)
    return { interaction: after, outcome, message }
}
