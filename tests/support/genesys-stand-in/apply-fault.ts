import { statusReply, unauthorized } from './error-body'
import type { Incoming, Reply } from './http-kit'
import { bearerToken } from './oauth-route'
import type { StandInState } from './stand-in-state'
import type { FaultSpec } from './stand-in-types'

/** What the server does for a faulted request. */
export type FaultAction =
    | { readonly type: 'reply'; readonly reply: Reply }
    | { readonly type: 'delay'; readonly delayMs: number }
    | { readonly type: 'reset' }
    /** Carry the request out, then answer with this reply instead of the real one. */
    | { readonly type: 'replace'; readonly reply: Reply }
    /** Carry the request out, then destroy the socket without answering. */
    | { readonly type: 'replace-reset' }

/** A body that starts like JSON and stops mid-string. */
export const MALFORMED_JSON_BODY = '{"id": "truncated'

export function faultAction(fault: FaultSpec, incoming: Incoming, state: StandInState): FaultAction {
    switch (fault.kind) {
        case 'rate_limited':
            return { type: 'reply', reply: statusReply(429, fault.retryAfterSeconds) }
        case 'status': {
            const reply = statusReply(fault.status, fault.retryAfterSeconds)
            return fault.afterProcessing === true ? { type: 'replace', reply } : { type: 'reply', reply }
        }
        case 'delay':
            return { type: 'delay', delayMs: fault.delayMs }
        case 'expire_token': {
            const token = bearerToken(incoming)
            if (token !== undefined && state.tokens.has(token)) state.tokens.set(token, 0)
            return { type: 'reply', reply: unauthorized() }
        }
        case 'malformed_json': {
            const reply = { status: 200, body: MALFORMED_JSON_BODY }
            return fault.afterProcessing === true ? { type: 'replace', reply } : { type: 'reply', reply }
        }
        case 'reset':
            return fault.afterProcessing === true ? { type: 'replace-reset' } : { type: 'reset' }
    }
}
