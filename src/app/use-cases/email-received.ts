import { err } from '../../domain/result'
import type { ActionResult } from '../action-result'
import { firstProblem, optionalTextProblem } from '../input-checks'
import type { RoutingDeps } from '../routing-deps'
import { customerEmailProblem, openInteraction, type CustomerEmail } from './open-interaction'

export interface EmailReceivedInput extends CustomerEmail {
    /** customer_contact / customer_account sys_ids the inbound email action matched, if any. */
    readonly contact?: string | null
    readonly account?: string | null
}

/**
 * A new customer email that matched no interaction. Called only by the inbound email action (the
 * platform is the trust boundary: no actor; the history row's actor is empty).
 */
export function emailReceived(deps: RoutingDeps, input: EmailReceivedInput): ActionResult {
    const bad = firstProblem(
        customerEmailProblem(input),
        optionalTextProblem(input?.contact, 'The contact', 32),
        optionalTextProblem(input?.account, 'The account', 32)
    )
    if (bad) return err(bad)
    return openInteraction(deps, {
        email: input,
        contact: input.contact ?? null,
        account: input.account ?? null,
        parent: null,
        event: 'email_received',
    })
}
