import type { Result } from '../domain/result'
import type { AppError } from './app-error'
import type { InteractionRecord, RoutingOutcome } from './ports'

/** What an agent action or a Genesys/email event returns: plain data for REST, GlideAjax and UI actions. */
export interface ActionDone {
    /** The interaction as it stands after the action (for a reply to a closed one: the new interaction). */
    readonly interaction: InteractionRecord
    /** applied, unchanged (an acknowledged repeat), deferred (Genesys update queued) or failed (kept in ServiceNow, Genesys not updated). */
    readonly outcome: Exclude<RoutingOutcome, 'rejected'>
    readonly message: string
}

/** What a Genesys notification returns: `duplicate` when its event id was already applied (nothing was done). */
export interface GenesysEventDone extends ActionDone {
    readonly duplicate: boolean
}

export type ActionResult<T extends ActionDone = ActionDone> = Result<T, AppError>
