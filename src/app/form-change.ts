import { err, ok, type Result } from '../domain/result'
import { INTERACTION_STATE, isHeldByAgent, isTerminal, type RoutingStatus } from '../domain/routing-status'
import type { ActionDone } from './action-result'
import { appError, type AppError } from './app-error'
import type { Actor } from './ports'
import type { RoutingService } from './routing-service'

/**
 * One update of an interaction as a before-update business rule sees it: the stored values (`previous`) and
 * the values about to be saved (`current`). Only the fields the gate reads.
 */
export interface InteractionEdit {
    /** The stored routing status; the gate leaves interactions the app does not route alone. */
    readonly status: RoutingStatus
    readonly stateBefore: string | null
    readonly stateAfter: string | null
    readonly ownerBefore: string | null
    readonly ownerAfter: string | null
    /**
     * True when the update writes one of the columns the app writes with every change it makes (routing status,
     * agent participant, pending transfer target, last confirmed). See src/platform/interaction-gate.ts.
     */
    readonly routingColumnsChanged: boolean
}

/** What the gate does with an edit: nothing, a machine event through its use case, or a refusal (abort). */
export type GateDecision =
    | { readonly kind: 'none' }
    | { readonly kind: 'hold' }
    | { readonly kind: 'resume' }
    | { readonly kind: 'disconnect' }
    | { readonly kind: 'transfer'; readonly userSysId: string }
    | { readonly kind: 'refuse'; readonly error: AppError }

const NONE: GateDecision = { kind: 'none' }
const refuse = (message: string): GateDecision => ({ kind: 'refuse', error: appError('invalid_transition', message) })
const CLOSED_STATES = ['closed_complete', 'closed_abandoned']

/**
 * Which machine event an edit made outside the app's actions stands for.
 *
 * The app's own writes never re-enter: the repository writes `state` only together with the routing status,
 * always as INTERACTION_STATE[status] (applyInteractionChanges), and writes the owner only together with a routing
 * column (status, participant, pending target or last confirmed). So an update that changes a routing column, or
 * leaves `state` equal to INTERACTION_STATE[status], is the app's (or changes nothing the machine cares about).
 */
export function decideInteractionEdit(edit: InteractionEdit): GateDecision {
    if (edit.routingColumnsChanged) return NONE
    const stateEdited = edit.stateAfter !== edit.stateBefore && edit.stateAfter !== INTERACTION_STATE[edit.status]
    const ownerEdited = edit.ownerAfter !== edit.ownerBefore
    if (stateEdited) {
        const to = edit.stateAfter ?? ''
        // Closing keeps the owner for history (the machine sets it), whoever else was put in Assigned to.
        if (CLOSED_STATES.indexOf(to) >= 0) return { kind: 'disconnect' }
        if (ownerEdited) return refuse('Change State and Assigned to one at a time: each is a separate routing step.')
        if (to === 'on_hold') return { kind: 'hold' }
        if (to === 'work_in_progress') return { kind: 'resume' }
        return refuse(
            `State cannot be set to ${to || 'empty'} by hand: Genesys Cloud routes this interaction, and its State follows the routing status (${edit.status}).`
        )
    }
    if (!ownerEdited) return NONE
    // A closed interaction's owner is history only; routing is over.
    if (isTerminal(edit.status)) return NONE
    if (!isHeldByAgent(edit.status))
        return refuse(
            'Genesys Cloud assigns a queued email to an agent; Assigned to cannot be set by hand until an agent works it.'
        )
    if (!edit.ownerAfter)
        return refuse(
            'Assigned to cannot be cleared by hand while an agent works the email; use Transfer Email to send it to a queue.'
        )
    return { kind: 'transfer', userSysId: edit.ownerAfter }
}

/**
 * Carries a decision out through the same use cases as the agent's buttons: null when there is nothing to do, the
 * use case's result otherwise (an error means the update must not be saved). Disconnect uses the default wrap-up.
 */
export function applyGateDecision(
    service: RoutingService,
    actor: Actor,
    interactionSysId: string,
    decision: GateDecision
): Result<ActionDone | null, AppError> {
    const input = { interactionSysId }
    switch (decision.kind) {
        case 'none':
            return ok(null)
        case 'refuse':
            return err(decision.error)
        case 'hold':
            return service.hold(actor, input)
        case 'resume':
            return service.resume(actor, input)
        case 'disconnect':
            return service.disconnect(actor, input)
        case 'transfer':
            return service.transfer(actor, { ...input, target: `agent:${decision.userSysId}` })
    }
}
