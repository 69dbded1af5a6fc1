import type { Incoming, Reply } from './http-kit'
import type { StandInState } from './stand-in-state'

export interface Route {
    readonly method: string
    /** `/api/v2/x/{id}` template. */
    readonly template: string
    readonly handle: (params: Record<string, string>, incoming: Incoming, state: StandInState) => Reply
}

/** Answered by Genesys with no body once the command is accepted [inferred: 202 per API explorer]. */
export const ACCEPTED: Reply = { status: 202 }
