import { err } from '../../domain/result'
import type { ActionResult } from '../action-result'
import { appError } from '../app-error'
import { firstProblem, textProblem } from '../input-checks'
import type { RoutingDeps } from '../routing-deps'
import { runTransition } from '../run-transition'
import { customerEmailProblem, openInteraction, type CustomerEmail } from './open-interaction'

export interface CustomerReplyInput extends CustomerEmail {
    /** The interaction the inbound email action matched (watermark, number in subject, In-Reply-To). */
    readonly interactionSysId: string
    /** sys_email sys_id: makes the reply's outbox key unique per reply. */
    readonly emailSysId: string
}

/**
 * A customer replied. Ownership and routing never change while an agent holds the interaction: the reply joins
 * its Genesys conversation (inboundmessages), and Genesys un-parks a parked email to the same agent. A reply to a
 * closed or abandoned interaction opens a new one, linked to it, that follows the same conversation: Genesys
 * routes it. Called only by the inbound email action, so there is no actor.
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
    // Without a readable configuration the reply cannot be chained (no provider); a parked email is un-parked.
    const config = deps.config.read()
    const email = config.ok
        ? {
              provider: config.value.provider,
              toAddress: input.toAddress,
              fromAddress: input.fromAddress,
              subject: input.subject.trim().slice(0, 160),
          }
        : null
    const back = before.status === 'parked'
    return runTransition(deps, {
        subject: { kind: 'existing', record: before },
        event: { type: 'customer_reply', email },
        actor: null,
        cause: input.emailSysId,
        say: {
            action: 'pass the reply on',
            done: () =>
                back
                    ? `The customer replied, so ${before.number} is back in progress with the same agent.`
                    : `The customer replied to ${before.number}; the reply joined its Genesys Cloud conversation and nothing about its routing changed.`,
            unchanged: `The customer replied to ${before.number}; it stays ${before.status} and nothing about its routing changed.`,
        },
        followUp: (closed) =>
            openInteraction(deps, {
                email: input,
                contact: closed.contact,
                account: closed.account,
                parent: closed,
                event: 'customer_reply',
            }),
    })
}
