import {
    genesysEventually,
    genesysFirst,
    localEventually,
    localFirst,
    type GenesysCommand,
    type RoutingCommand,
} from './genesys-command'
import { err, ok, type Result } from './result'
import type { GenesysView, RoutingEvent, RoutingEventType } from './routing-event'
import { isHeldByAgent, isTerminal, type MachineStatus, type RoutingStatus } from './routing-status'
import { describeTarget } from './transfer-target'

/** Where an interaction stands for routing, with the Genesys ids its commands need. `owner` is a sys_user sys_id. */
export interface RoutingSnapshot {
    readonly status: MachineStatus
    readonly owner: string | null
    readonly conversationId: string | null
    readonly participantId: string | null
    readonly communicationId: string | null
    readonly queueId: string | null
    /** `queue:<id>` / `agent:<id>` while a transfer waits for Genesys to assign someone. */
    readonly pendingTarget: string | null
    /** When Genesys resumes a parked email by itself (ISO-8601), if the agent asked for a time. */
    readonly parkedUntil: string | null
}

/** Before an interaction exists: what an incoming email (email_received) starts from. */
export const NO_INTERACTION: RoutingSnapshot = {
    status: 'none',
    owner: null,
    conversationId: null,
    participantId: null,
    communicationId: null,
    queueId: null,
    pendingTarget: null,
    parkedUntil: null,
}

/** The Genesys ids and transfer bookkeeping a transition changes besides status and owner. */
export type LinkChanges = Partial<
    Pick<
        RoutingSnapshot,
        'conversationId' | 'participantId' | 'communicationId' | 'queueId' | 'pendingTarget' | 'parkedUntil'
    >
>

export interface Transition {
    readonly status: RoutingStatus
    readonly owner: string | null
    readonly set: LinkChanges
    /** In the order they must run (see runTransition). */
    readonly commands: readonly RoutingCommand[]
    /** False when status, owner and ids stay as they are (an acknowledged repeat, a reply while held). */
    readonly changed: boolean
}

export interface InvalidTransition {
    /** not_linked: the event needs a Genesys participant the interaction does not have. */
    readonly code: 'invalid_transition' | 'not_linked'
    readonly status: MachineStatus
    readonly event: RoutingEventType
    readonly message: string
}

export type TransitionResult = Result<Transition, InvalidTransition>

type Held = RoutingSnapshot & { readonly status: RoutingStatus }

function invalid(
    from: RoutingSnapshot,
    event: RoutingEvent,
    why: string,
    code: InvalidTransition['code'] = 'invalid_transition'
): TransitionResult {
    return err({
        code,
        status: from.status,
        event: event.type,
        message: `Cannot ${event.type.replace(/_/g, ' ')} while the interaction is ${from.status}: ${why}`,
    })
}

function to(
    status: RoutingStatus,
    owner: string | null,
    commands: readonly RoutingCommand[] = [],
    set: LinkChanges = {}
): TransitionResult {
    return ok({ status, owner, set, commands, changed: true })
}

/** Status, owner and ids stay; `commands` may still carry work (a reply to chain, a follow-up to open). */
function stay(from: Held, commands: readonly RoutingCommand[] = [], set: LinkChanges = {}): TransitionResult {
    return ok({ status: from.status, owner: from.owner, set, commands, changed: Object.keys(set).length > 0 })
}

/** The agent participant an agent action acts on; null when Genesys never assigned one. */
function participant(from: RoutingSnapshot): { conversationId: string; participantId: string } | null {
    return from.conversationId && from.participantId
        ? { conversationId: from.conversationId, participantId: from.participantId }
        : null
}

/**
 * The routing state machine: one pure call per event. ServiceNow owns the life cycle while an agent holds the
 * interaction; Genesys is the truth for routing, so what a read of the conversation says (genesys_observed) wins.
 */
export function transition(from: RoutingSnapshot, event: RoutingEvent): TransitionResult {
    if (from.status === 'none') {
        if (event.type !== 'email_received') return invalid(from, event, 'no interaction exists yet')
        // A reply to a closed interaction joins its conversation; Genesys routes it with its standard logic.
        if (event.chainTo)
            return to(
                'queued',
                null,
                [
                    genesysEventually({
                        kind: 'chain_reply',
                        conversationId: event.chainTo,
                        queueId: event.queueId,
                        email: event.email,
                    }),
                ],
                { conversationId: event.chainTo, queueId: event.queueId }
            )
        return to(
            'queued',
            null,
            [genesysEventually({ kind: 'create_conversation', queueId: event.queueId, email: event.email })],
            { queueId: event.queueId }
        )
    }
    const current: Held = { ...from, status: from.status }
    const { status, owner } = current
    const link = participant(from)
    switch (event.type) {
        case 'email_received':
            return invalid(from, event, 'the interaction already exists; a new email is a customer reply')

        case 'hold': {
            if (status !== 'connected')
                return invalid(from, event, status === 'parked' ? 'it is already On Hold' : 'no agent is working it')
            const park: RoutingCommand[] = link
                ? [genesysFirst({ kind: 'park', ...link, resumeTime: event.resumeTime })]
                : []
            return to('parked', owner, park, { parkedUntil: event.resumeTime })
        }

        case 'resume':
            if (status !== 'parked') return invalid(from, event, 'it is not On Hold')
            return to('connected', owner, link ? [genesysFirst({ kind: 'unpark', ...link })] : [], {
                parkedUntil: null,
            })

        case 'customer_reply': {
            // Replies never change ownership or routing while an agent holds the interaction. With a conversation,
            // the reply joins it in Genesys (which un-parks a parked email to the same agent).
            if (isTerminal(status)) return stay(current, [localEventually({ kind: 'open_follow_up' })])
            const chain: RoutingCommand[] =
                from.conversationId && event.email
                    ? [
                          genesysEventually({
                              kind: 'chain_reply',
                              conversationId: from.conversationId,
                              queueId: from.queueId,
                              email: event.email,
                          }),
                      ]
                    : []
            if (status === 'parked') {
                const unpark: RoutingCommand[] =
                    chain.length === 0 && link ? [genesysEventually({ kind: 'unpark', ...link })] : []
                return to('connected', owner, [...chain, ...unpark], { parkedUntil: null })
            }
            return stay(current, chain)
        }

        case 'transfer': {
            if (!isHeldByAgent(status)) return invalid(from, event, 'no agent is working it')
            const { target } = event
            if (target.kind === 'agent' && target.userSysId === owner)
                return invalid(from, event, 'the target agent already owns it')
            if (!link)
                return invalid(
                    from,
                    event,
                    `it has no Genesys Cloud participant, so Genesys cannot route it to ${target.label}`,
                    'not_linked'
                )
            const command: GenesysCommand =
                target.kind === 'queue'
                    ? { kind: 'transfer_to_queue', ...link, queueId: target.genesysQueueId }
                    : { kind: 'transfer_to_agent', ...link, userId: target.genesysUserId }
            return to('queued', null, [genesysFirst(command)], {
                pendingTarget: describeTarget(target),
                participantId: null,
                communicationId: null,
                parkedUntil: null,
                ...(target.kind === 'queue' ? { queueId: target.genesysQueueId } : {}),
            })
        }

        case 'disconnect':
            if (!isHeldByAgent(status)) return invalid(from, event, 'no agent is working it')
            return to('closed', owner, disconnect(from, event.wrapupCode), { pendingTarget: null, parkedUntil: null })

        case 'create_case':
            if (!isHeldByAgent(status)) return invalid(from, event, 'no agent is working it')
            // The case must exist before the interaction closes; the customer hears of it once it is closed.
            return to(
                'closed',
                owner,
                [
                    localFirst({ kind: 'create_case' }),
                    ...disconnect(from, event.wrapupCode),
                    localEventually({ kind: 'notify_case_created' }),
                ],
                { pendingTarget: null, parkedUntil: null }
            )

        case 'genesys_observed':
            return observed(current, event.view)
    }
}

function disconnect(from: RoutingSnapshot, wrapupCode: string): RoutingCommand[] {
    const link = participant(from)
    return link ? [genesysEventually({ kind: 'disconnect', ...link, wrapupCode })] : []
}

/** Genesys already ended it: nothing to send back. Queued: nobody took it. Held: it was ended in Genesys. */
function ended(from: Held): TransitionResult {
    if (from.status === 'queued') return to('abandoned', null, [], { pendingTarget: null })
    if (isHeldByAgent(from.status)) return to('closed', from.owner, [], { pendingTarget: null, parkedUntil: null })
    return stay(from)
}

/** Only the ids that differ: an unchanged repeat writes nothing. */
function newIds(from: RoutingSnapshot, ids: LinkChanges): LinkChanges {
    const changed: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(ids)) {
        const before = (from as unknown as Record<string, unknown>)[key]
        if (value !== undefined && value !== before) changed[key] = value
    }
    return changed as LinkChanges
}

/**
 * Genesys is the truth for routing: the interaction takes the state a read of the conversation shows.
 * - ended (nobody left): as conversation end: queued -> abandoned, held -> closed (owner kept).
 * - released (no agent and no queue, the customer still there: the agent was disconnected in Genesys, by a
 *   supervisor or from the desktop): closed, as our own Disconnect leaves it; a later reply routes it again.
 * - an agent participant connected or parked: that agent owns it, in that status.
 * - an agent participant only alerting (offered, not accepted), or only a queue: queued, no owner. An offer is
 *   not ownership: the agent has not taken the email and Genesys re-offers it if they do not answer; the
 *   interaction shows whom it is offered to (pending target) and is read again soon (see observe-genesys.ts).
 * Closed and abandoned interactions never move again: a later reply follows the conversation on a new one.
 */
function observed(from: Held, view: GenesysView): TransitionResult {
    if (isTerminal(from.status)) return stay(from)
    if (view.ended) return ended(from)
    const queue: LinkChanges = {
        ...(view.queueId ? { queueId: view.queueId } : {}),
        ...(view.conversationId !== from.conversationId ? { conversationId: view.conversationId } : {}),
    }
    const { agent } = view
    if (!agent && !view.inQueue)
        return to('closed', from.owner, [], { ...queue, pendingTarget: null, parkedUntil: null })
    if (agent && !agent.userSysId) {
        const why = `Genesys Cloud user ${agent.genesysUserId} is not mapped to an active ServiceNow agent`
        return err({ code: 'invalid_transition', status: from.status, event: 'genesys_observed', message: why })
    }
    if (!agent || agent.state === 'alerting') {
        const offered: LinkChanges = {
            ...queue,
            pendingTarget: agent
                ? `agent:${agent.genesysUserId}`
                : from.status === 'queued'
                  ? from.pendingTarget
                  : null,
        }
        if (from.status === 'queued') return stay(from, [], newIds(from, offered))
        return to('queued', null, [], { ...offered, participantId: null, communicationId: null, parkedUntil: null })
    }
    const status: RoutingStatus = agent.state === 'parked' ? 'parked' : 'connected'
    // A read rarely names the communication (events carry it as sessionId): keep the stored one for the same participant.
    const samePeer = agent.participantId === from.participantId
    const ids: LinkChanges = {
        ...queue,
        participantId: agent.participantId,
        ...(agent.communicationId || !samePeer ? { communicationId: agent.communicationId } : {}),
        pendingTarget: null,
        parkedUntil: agent.state === 'parked' ? agent.resumeTime : null,
    }
    if (status === from.status && agent.userSysId === from.owner) return stay(from, [], newIds(from, ids))
    return to(status, agent.userSysId, [], ids)
}
