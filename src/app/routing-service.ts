import type { Result } from '../domain/result'
import type { ActionResult, GenesysEventDone } from './action-result'
import type { AppError } from './app-error'
import type { Actor } from './ports'
import type { RoutingDeps } from './routing-deps'
import type { InteractionInput } from './use-cases/agent-action'
import { createCase, type CaseCreated, type CreateCaseInput } from './use-cases/create-case'
import { customerReply, type CustomerReplyInput } from './use-cases/customer-reply'
import { disconnect, type DisconnectInput } from './use-cases/disconnect'
import { emailReceived, type EmailReceivedInput } from './use-cases/email-received'
import { genesysEvent, type GenesysEventInput } from './use-cases/genesys-event'
import { hold, resume, type HoldInput } from './use-cases/hold-resume'
import { transfer, type TransferInput } from './use-cases/transfer'
import { transferOptions, type TransferOptions } from './use-cases/transfer-options'
import { wrapupOptions, type WrapupOptions } from './use-cases/wrapup-options'

/**
 * The routing use cases behind every entry point. Each loads what it needs, checks who acts, picks the machine
 * event and hands it to runTransition, the one place commands run. Nothing throws for an expected failure.
 */
export interface RoutingService {
    /** Inbound email action: a new email that matched no interaction. */
    emailReceived(input: EmailReceivedInput): ActionResult
    /** Inbound email action: a reply matched to an interaction. */
    customerReply(input: CustomerReplyInput): ActionResult
    /** Genesys (integration user): a trigger event; a hint to read the conversation. */
    genesysEvent(actor: Actor | null, input: GenesysEventInput): Result<GenesysEventDone, AppError>
    /** Agent (owner) or admin. */
    hold(actor: Actor | null, input: HoldInput): ActionResult
    resume(actor: Actor | null, input: InteractionInput): ActionResult
    transfer(actor: Actor | null, input: TransferInput): ActionResult
    disconnect(actor: Actor | null, input: DisconnectInput): ActionResult
    createCase(actor: Actor | null, input: CreateCaseInput): ActionResult<CaseCreated>
    /** The Transfer Email modal's choices (query; no history row). */
    transferOptions(actor: Actor | null, input: InteractionInput): Result<TransferOptions, AppError>
    /** The Disconnect modal's wrap-up codes (query; no history row). */
    wrapupOptions(actor: Actor | null, input: InteractionInput): Result<WrapupOptions, AppError>
}

export function createRoutingService(deps: RoutingDeps): RoutingService {
    return {
        emailReceived: (input) => emailReceived(deps, input),
        customerReply: (input) => customerReply(deps, input),
        genesysEvent: (actor, input) => genesysEvent(deps, actor, input),
        hold: (actor, input) => hold(deps, actor, input),
        resume: (actor, input) => resume(deps, actor, input),
        transfer: (actor, input) => transfer(deps, actor, input),
        disconnect: (actor, input) => disconnect(deps, actor, input),
        createCase: (actor, input) => createCase(deps, actor, input),
        transferOptions: (actor, input) => transferOptions(deps, actor, input),
        wrapupOptions: (actor, input) => wrapupOptions(deps, actor, input),
    }
}
