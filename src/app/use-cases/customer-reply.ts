import { err, ok } from '../../domain/result'
import { transition } from '../../domain/routing-machine'
import type { ActionResult } from '../action-result'
import { appError } from '../app-error'
import { deliverToParticipant, withNote } from '../eventual-delivery'
import { merged, recordHistory } from '../history'
import { firstProblem, textProblem } from '../input-checks'
import type { RoutingDeps } from '../routing-deps'
import { customerEmailProblem, routeNewInteraction, type CustomerEmail } from './route-new-interaction'

export interface CustomerReplyInput extends CustomerEmail {
    /** The interaction the inbound email action matched (watermark, number in subject, In-Reply-To). */
    readonly interactionSysId: string
    /** sys_email sys_id: makes the un-park's outbox key unique per reply. */
    readonly emailSysId: string
}

/**
 * A customer replied. While an agent holds the interaction nothing about ownership or routing changes,
 * except that a parked one comes back to the same agent (ServiceNow first, Genesys un-park eventually).
 * A reply to a closed or abandoned interaction opens a new, linked one that goes to Genesys.
 * Called only by the inbound email action, so there is no actor.
 */
export function customerReply(deps: RoutingDeps, input: CustomerReplyInput): ActionResult {
    const bad = firstProblem(
        textProblem(input?.interactionSysId, 'The interaction', 32),
        textProblem(input?.emailSysId, 'The email', 32),
        customerEmailProblem(input)
    )
    if (bad) return err(bad)
    const before = deps.interactions.get(input.interactionSysId)
    if (!before) return err(appError('not_found', 'The interaction this email replies to does not exist.'))
    const moved = transition(before, { type: 'customer_reply' })
    if (!moved.ok) return err(appError('invalid_transition', moved.error.message))
    if (moved.value.effects.some((e) => e.type === 'open_follow_up_interaction'))
        return routeNewInteraction(deps, {
            email: input,
            contact: before.contact,
            account: before.account,
            parent: { sysId: before.sysId, number: before.number },
            event: 'customer_reply',
        })
    if (!moved.value.changed) {
        const message = `The customer replied to ${before.number}; it stays ${before.status} and nothing about its routing changed.`
        recordHistory(deps.events, before.sysId, before, { event: 'customer_reply', outcome: 'unchanged', message })
        return ok({ interaction: before, outcome: 'unchanged', message })
    }
    const changes = { status: moved.value.status, owner: moved.value.owner }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const delivery = deliverToParticipant(
        deps,
        before,
        'customer_reply',
        (link) => ({ operation: 'unpark', ...link }),
        `${before.sysId}:unpark:${input.emailSysId}`
    )
    const message = withNote(
        `The customer replied, so ${before.number} is back in progress with the same agent.`,
        delivery
    )
    const { outcome, correlationId } = delivery
    recordHistory(
        deps.events,
        before.sysId,
        before,
        { event: 'customer_reply', outcome, message, correlationId },
        after
    )
    return ok({ interaction: after, outcome, message })
}
