import { err, ok, type Result } from '../../domain/result'
import type { RoutingEventType } from '../../domain/routing-event'
import type { ActionDone } from '../action-result'
import { appError, type AppError } from '../app-error'
import { defaultQueue, readConfig } from '../config-checks'
import { deliverEventually, withNote } from '../eventual-delivery'
import { firstProblem, optionalTextProblem, textProblem } from '../input-checks'
import { merged, NOTHING, recordHistory } from '../history'
import type { RoutingDeps } from '../routing-deps'
import { transition } from '../../domain/routing-machine'

/** The customer email that starts an interaction, as the inbound email action read it. */
export interface CustomerEmail {
    readonly subject: string
    /** The customer's address. */
    readonly fromAddress: string
    readonly fromName?: string | null
    /** The support address the customer wrote to. */
    readonly toAddress: string
}

export function customerEmailProblem(email: CustomerEmail): AppError | null {
    return firstProblem(
        textProblem(email?.fromAddress, 'The sender address'),
        textProblem(email?.toAddress, 'The recipient address'),
        optionalTextProblem(email?.fromName, 'The sender name'),
        typeof email?.subject === 'string' ? null : textProblem(undefined, 'The subject')
    )
}

export interface NewInteractionFacts {
    readonly email: CustomerEmail
    readonly contact: string | null
    readonly account: string | null
    readonly parent: { readonly sysId: string; readonly number: string } | null
    readonly event: RoutingEventType
}

/**
 * Creates a queued interaction in the default mapped queue, then asks Genesys to create the email
 * conversation. ServiceNow first: the customer's email is never dropped because Genesys is down; the
 * create call goes to the outbox instead (one per interaction, so the key needs no counter).
 */
export function routeNewInteraction(deps: RoutingDeps, facts: NewInteractionFacts): Result<ActionDone, AppError> {
    const config = readConfig(deps.config)
    if (!config.ok) return config
    const queue = defaultQueue(config.value)
    if (!queue.ok) return queue
    const moved = transition(NOTHING, { type: 'email_received', queueId: queue.value.queueId })
    if (!moved.ok) return err(appError('invalid_transition', moved.error.message))
    const { email } = facts
    const subject = email.subject.trim().slice(0, 160)
    const inserted = deps.interactions.create({
        subject,
        contact: facts.contact,
        account: facts.account,
        parent: facts.parent?.sysId ?? null,
        queueId: queue.value.queueId,
    })
    if (!inserted.ok) {
        const why = `The customer's email could not be saved as an interaction, so it was not routed: ${inserted.error.message}`
        return err(appError('interaction_not_created', why))
    }
    const created = inserted.value
    const delivery = deliverEventually(deps, {
        interaction: created.sysId,
        event: facts.event,
        call: {
            operation: 'create_conversation',
            request: {
                provider: config.value.provider,
                queueId: queue.value.queueId,
                toAddress: email.toAddress,
                fromAddress: email.fromAddress,
                ...(email.fromName ? { fromName: email.fromName } : {}),
                subject,
                attributes: { servicenowInteraction: created.number, servicenowInteractionSysId: created.sysId },
            },
        },
        idempotencyKey: `${created.sysId}:create_conversation`,
    })
    const interaction = delivery.conversationId ? merged(created, { conversationId: delivery.conversationId }) : created
    if (delivery.conversationId) deps.interactions.update(created.sysId, { conversationId: delivery.conversationId })
    const origin = facts.parent ? `The customer replied to closed ${facts.parent.number}, so ` : ''
    const done = `${origin}${created.number} was created and sent to Genesys Cloud queue ${queue.value.name} for routing.`
    const message = withNote(done, delivery)
    const after = { status: moved.value.status, owner: moved.value.owner }
    recordHistory(
        deps.events,
        created.sysId,
        NOTHING,
        { event: facts.event, outcome: delivery.outcome, message, correlationId: delivery.correlationId },
        after
    )
    return ok({ interaction, outcome: delivery.outcome, message })
}
