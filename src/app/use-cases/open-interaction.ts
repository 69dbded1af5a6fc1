import { err, type Result } from '../../domain/result'
import type { RoutingEventType } from '../../domain/routing-event'
import type { AppError } from '../app-error'
import { defaultQueue, readConfig } from '../config-checks'
import { firstProblem, optionalTextProblem, textProblem } from '../input-checks'
import type { InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { runTransition, type Ran } from '../run-transition'

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
    /** The closed interaction a reply was sent to: the new one links to it and follows its conversation. */
    readonly parent: InteractionRecord | null
    readonly event: RoutingEventType
}

const MAX_SUBJECT = 160

/**
 * Opens a queued interaction. A new email goes to the default mapped queue as a new Genesys conversation; a reply
 * to a closed interaction joins that interaction's conversation (inboundmessages) and Genesys routes it with its
 * standard logic. ServiceNow first: the customer's email is never dropped because Genesys is down.
 */
export function openInteraction(deps: RoutingDeps, facts: NewInteractionFacts): Result<Ran, AppError> {
    const config = readConfig(deps.config)
    if (!config.ok) return err(config.error)
    const chainTo = facts.parent?.conversationId ?? null
    const queue = defaultQueue(config.value)
    if (!queue.ok) return err(queue.error)
    const queueId = (chainTo && facts.parent?.queueId) || queue.value.queueId
    const { email } = facts
    const subject = email.subject.trim().slice(0, MAX_SUBJECT)
    const origin = facts.parent ? `The customer replied to closed ${facts.parent.number}, so ` : ''
    return runTransition(deps, {
        subject: {
            kind: 'new',
            draft: { subject, contact: facts.contact, account: facts.account, parent: facts.parent?.sysId ?? null },
        },
        event: {
            type: 'email_received',
            queueId,
            chainTo,
            email: {
                provider: config.value.provider,
                toAddress: email.toAddress,
                fromAddress: email.fromAddress,
                ...(email.fromName ? { fromName: email.fromName } : {}),
                subject,
            },
        },
        recordAs: facts.event,
        actor: null,
        say: {
            action: 'route the email',
            done: ({ interaction }) =>
                chainTo
                    ? `${origin}${interaction.number} was created; the reply joined Genesys Cloud conversation ${chainTo}, which Genesys routes.`
                    : `${origin}${interaction.number} was created and sent to Genesys Cloud queue ${queue.value.name} for routing.`,
        },
    })
}
