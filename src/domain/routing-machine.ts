import { err, ok, type Result } from './result'
import type { RoutingEffect } from './routing-effect'
import type { RoutingEvent, RoutingEventType } from './routing-event'
import type { MachineStatus, RoutingStatus } from './routing-status'

/** Where an interaction stands, as far as routing is concerned. `owner` is a sys_user sys_id. */
export interface RoutingSnapshot {
    readonly status: MachineStatus
    readonly owner: string | null
}

export interface Transition {
    readonly status: RoutingStatus
    readonly owner: string | null
    /** In the order the shell must run them. */
    readonly effects: readonly RoutingEffect[]
    /** False for an acknowledged repeat (e.g. the same agent_assigned twice): nothing to write. */
    readonly changed: boolean
}

export interface InvalidTransition {
    readonly code: 'invalid_transition'
    readonly status: MachineStatus
    readonly event: RoutingEventType
    readonly message: string
}

export type TransitionResult = Result<Transition, InvalidTransition>

function invalid(from: RoutingSnapshot, event: RoutingEvent, why: string): TransitionResult {
    return err({
        code: 'invalid_transition',
        status: from.status,
        event: event.type,
        message: `Cannot ${event.type.replace(/_/g, ' ')} while the interaction is ${from.status}: ${why}`,
    })
}

function to(status: RoutingStatus, owner: string | null, effects: readonly RoutingEffect[] = []): TransitionResult {
    return ok({ status, owner, effects, changed: true })
}

function unchanged(from: RoutingSnapshot & { status: RoutingStatus }): TransitionResult {
    return ok({ status: from.status, owner: from.owner, effects: [], changed: false })
}

/**
 * The routing state machine: one pure call per event. ServiceNow owns the life cycle while an
 * agent holds the interaction; Genesys routes it while it is queued and again after disconnect.
 */
export function transition(from: RoutingSnapshot, event: RoutingEvent): TransitionResult {
    const { status, owner } = from
    if (status === 'none') {
        return event.type === 'email_received'
            ? to('queued', null, [{ type: 'genesys_create_conversation', queueId: event.queueId }])
            : invalid(from, event, 'no interaction exists yet')
    }
    const current = { status, owner }
    switch (event.type) {
        case 'email_received':
            return invalid(from, event, 'the interaction already exists; a new email is a customer reply')

        case 'agent_assigned':
            if (status === 'queued') return to('connected', event.agent)
            if ((status === 'connected' || status === 'parked') && owner === event.agent) return unchanged(current)
            if (status === 'connected' || status === 'parked')
                return invalid(from, event, 'another agent holds it; Genesys may not re-route it until disconnect')
            return invalid(from, event, 'the interaction has ended')

        case 'hold':
            if (status === 'connected') return to('parked', owner, [{ type: 'genesys_park' }])
            return invalid(from, event, status === 'parked' ? 'it is already On Hold' : 'no agent is working it')

        case 'resume':
            if (status === 'parked') return to('connected', owner, [{ type: 'genesys_unpark' }])
            return invalid(from, event, 'it is not On Hold')

        case 'customer_reply':
            // Replies never change ownership or routing while an agent holds the interaction.
            if (status === 'parked') return to('connected', owner, [{ type: 'genesys_unpark' }])
            if (status === 'connected' || status === 'queued') return unchanged(current)
            return ok({ status, owner, effects: [{ type: 'open_follow_up_interaction' }], changed: false })

        case 'transfer': {
            if (status !== 'connected' && status !== 'parked') return invalid(from, event, 'no agent is working it')
            const { target } = event
            if (target.kind === 'agent' && target.userSysId === owner)
                return invalid(from, event, 'the target agent already owns it')
            const effect: RoutingEffect =
                target.kind === 'queue'
                    ? { type: 'genesys_transfer_to_queue', queueId: target.genesysQueueId }
                    : { type: 'genesys_transfer_to_agent', genesysUserId: target.genesysUserId }
            return to('queued', null, [effect])
        }

        case 'disconnect':
            if (status === 'connected' || status === 'parked')
                return to('closed', owner, [{ type: 'genesys_disconnect', wrapupCode: event.wrapupCode }])
            return invalid(from, event, 'no agent is working it')

        case 'create_case':
            if (status === 'connected' || status === 'parked')
                return to('closed', owner, [
                    { type: 'create_case' },
                    { type: 'notify_case_created' },
                    { type: 'genesys_disconnect', wrapupCode: event.wrapupCode },
                ])
            return invalid(from, event, 'no agent is working it')

        case 'conversation_ended':
            // Genesys already ended it: nothing to send back. Queued: nobody took it. Held: whoever ended
            // it in Genesys (agent desktop, supervisor, flow) closed it; the owner stays for history.
            if (status === 'queued') return to('abandoned', null)
            if (status === 'connected' || status === 'parked') return to('closed', owner)
            return unchanged(current)
    }
}
