import type { TopicEvent } from '../genesys-events'
import type { Conversation, Participant, StandInState } from './stand-in-state'
import type { AssignedAgent } from './stand-in-types'

/**
 * How Genesys moves an email between queue and agents (DOMAIN.md sections 3-4), and the trigger
 * events each move fires. A queued email has an `acd` participant; an offer adds an `alerting` agent
 * participant and fires `user.start`; accepting connects it (the acd participant leaves); no answer,
 * a transfer or a disconnect ends the agent participant and fires `user.end`; when nobody is left
 * to work it a chained reply routes it again; when the conversation ends `customer.end` fires.
 *
 * disconnectType values are from the SDK's DisconnectTypeEnum; which one Genesys uses for which
 * ending is [inferred]: no answer `transfer.noanswer`, transfer `transfer`, agent disconnect
 * `client`, supervisor disconnect `system`, conversation end `endpoint`.
 */

/** Genesys resumes a parked email by itself after 7 days (DOMAIN.md section 4). */
export const AUTO_RESUME_MS = 7 * 24 * 60 * 60 * 1000
/** At most 10 parked emails per user (DOMAIN.md section 4). */
export const MAX_PARKED_PER_USER = 10

export type SimFailure = { readonly failure: 'not_found' | 'bad_request'; readonly message: string }

const isActive = (p: Participant): boolean => p.state !== 'disconnected'

export function activeAgent(conversation: Conversation): Participant | undefined {
    return conversation.participants.find((p) => p.purpose === 'agent' && isActive(p))
}

function activeAcd(conversation: Conversation): Participant | undefined {
    return conversation.participants.find((p) => p.purpose === 'acd' && isActive(p))
}

function customer(conversation: Conversation): Participant | undefined {
    return conversation.participants.find((p) => p.purpose === 'customer')
}

function fire(state: StandInState, topicEvent: TopicEvent): void {
    state.firedEvents.push(topicEvent)
}

function common(state: StandInState, conversation: Conversation) {
    return {
        eventTime: state.now(),
        conversationId: conversation.id,
        mediaType: 'EMAIL',
        provider: conversation.provider,
        direction: 'INBOUND',
        subject: conversation.subject,
    }
}

function fireUserStart(state: StandInState, conversation: Conversation, agent: Participant): void {
    fire(state, {
        suffix: 'user.start',
        event: {
            ...common(state, conversation),
            participantId: agent.id,
            sessionId: agent.communicationId,
            userId: agent.userId,
            ...(agent.queueId === undefined ? {} : { queueId: agent.queueId }),
        },
    })
}

/** Ends an agent participant (any state) and fires its `user.end`. */
function endAgent(state: StandInState, conversation: Conversation, agent: Participant, disconnectType: string): void {
    agent.state = 'disconnected'
    agent.endTime = state.nowIso()
    agent.disconnectType = disconnectType
    agent.parkTime = undefined
    agent.resumeTime = undefined
    fire(state, {
        suffix: 'user.end',
        event: {
            ...common(state, conversation),
            participantId: agent.id,
            sessionId: agent.communicationId,
            userId: agent.userId,
            ...(agent.queueId === undefined ? {} : { queueId: agent.queueId }),
            disconnectType,
        },
    })
}

function pickAgent(state: StandInState, except?: string): string | undefined {
    const users = [...state.users.keys()]
    if (users.length === 0) return undefined
    for (let i = 0; i < users.length; i++) {
        const candidate = users[(state.nextAgentIndex + i) % users.length]
        if (candidate !== except || users.length === 1) {
            state.nextAgentIndex = (state.nextAgentIndex + i + 1) % users.length
            return candidate
        }
    }
    return undefined
}

/** ACD offers the queued email to an agent (the given one, or the next in turn): alerting + `user.start`. */
export function offer(state: StandInState, conversationId: string, userId?: string): AssignedAgent | SimFailure {
    const conversation = state.conversations.get(conversationId)
    if (conversation === undefined) return { failure: 'not_found', message: 'conversation' }
    const acd = activeAcd(conversation)
    if (acd === undefined) return { failure: 'bad_request', message: 'The conversation is not waiting in a queue.' }
    if (activeAgent(conversation) !== undefined)
        return { failure: 'bad_request', message: 'The conversation is already offered to an agent.' }
    const chosen = userId ?? pickAgent(state)
    if (chosen === undefined || !state.users.has(chosen)) return { failure: 'not_found', message: 'user' }
    const agent = state.newParticipant('agent', 'alerting', { userId: chosen, queueId: acd.queueId })
    conversation.participants.push(agent)
    fireUserStart(state, conversation, agent)
    return { participantId: agent.id, communicationId: agent.communicationId }
}

/** The alerting agent answers: connected; the acd participant leaves. */
export function accept(state: StandInState, conversationId: string, userId?: string): AssignedAgent | SimFailure {
    const conversation = state.conversations.get(conversationId)
    if (conversation === undefined) return { failure: 'not_found', message: 'conversation' }
    const agent = conversation.participants.find(
        (p) => p.purpose === 'agent' && p.state === 'alerting' && (userId === undefined || p.userId === userId)
    )
    if (agent === undefined) return { failure: 'bad_request', message: 'No agent is alerting for this conversation.' }
    agent.state = 'connected'
    agent.connectedTime = state.nowIso()
    // Every queue leg ends: a transfer of a still-alerting offer left the first one waiting beside the new one.
    for (let acd = activeAcd(conversation); acd !== undefined; acd = activeAcd(conversation)) {
        acd.state = 'disconnected'
        acd.endTime = state.nowIso()
    }
    return { participantId: agent.id, communicationId: agent.communicationId }
}

/** Offer (to this user) and accept at once: what the older tests call assignAgent. */
export function offerAndAccept(
    state: StandInState,
    conversationId: string,
    userId: string
): AssignedAgent | SimFailure {
    const conversation = state.conversations.get(conversationId)
    if (conversation === undefined) return { failure: 'not_found', message: 'conversation' }
    const alerting = activeAgent(conversation)
    if (alerting === undefined || alerting.state !== 'alerting' || alerting.userId !== userId) {
        if (alerting?.state === 'alerting') endAgent(state, conversation, alerting, 'transfer.noanswer')
        if (activeAcd(conversation) === undefined) requeue(state, conversation, alerting?.queueId)
        const offered = offer(state, conversationId, userId)
        if ('failure' in offered) return offered
    }
    return accept(state, conversationId, userId)
}

function requeue(state: StandInState, conversation: Conversation, queueId?: string): void {
    const acd = state.newParticipant('acd', 'connected', { queueId: queueId ?? conversation.lastQueueId })
    conversation.participants.push(acd)
    if (acd.queueId !== undefined) conversation.lastQueueId = acd.queueId
}

/** The alerting agent does not answer: its participant ends (`user.end`), Genesys re-offers to another agent. */
export function miss(state: StandInState, conversationId: string): AssignedAgent | SimFailure {
    const conversation = state.conversations.get(conversationId)
    if (conversation === undefined) return { failure: 'not_found', message: 'conversation' }
    const agent = activeAgent(conversation)
    if (agent === undefined || agent.state !== 'alerting')
        return { failure: 'bad_request', message: 'No agent is alerting for this conversation.' }
    endAgent(state, conversation, agent, 'transfer.noanswer')
    if (activeAcd(conversation) === undefined) requeue(state, conversation, agent.queueId)
    return offer(state, conversationId, pickAgent(state, agent.userId))
}

/** In a queue with nobody alerting: offer it now if Genesys routes by itself (autoOffer). */
export function routeIfAuto(state: StandInState, conversation: Conversation): void {
    if (state.autoOffer && activeAcd(conversation) !== undefined && activeAgent(conversation) === undefined) {
        offer(state, conversation.id)
    }
}

/** Transfer: the participant ends (`user.end`), a new one joins for the target. */
export function transfer(
    state: StandInState,
    conversation: Conversation,
    from: Participant,
    target: { queueId: string } | { userId: string }
): void {
    if (from.purpose === 'agent') endAgent(state, conversation, from, 'transfer')
    else {
        from.state = 'disconnected'
        from.endTime = state.nowIso()
    }
    if ('queueId' in target) {
        requeue(state, conversation, target.queueId)
        routeIfAuto(state, conversation)
        return
    }
    const agent = state.newParticipant('agent', 'alerting', { userId: target.userId, queueId: from.queueId })
    conversation.participants.push(agent)
    fireUserStart(state, conversation, agent)
}

/**
 * An agent participant disconnects (with wrap-up, or a supervisor ends it): `user.end`. The customer
 * participant stays: a chained reply later routes the same conversation again; `customer.end`
 * comes only when the conversation itself ends (endConversation).
 */
export function disconnectAgent(
    state: StandInState,
    conversation: Conversation,
    agent: Participant,
    disconnectType: 'client' | 'system'
): void {
    endAgent(state, conversation, agent, disconnectType)
}

export function parkedCount(state: StandInState, userId: string | undefined): number {
    let count = 0
    for (const conversation of state.conversations.values())
        for (const p of conversation.participants) if (p.state === 'parked' && p.userId === userId) count++
    return count
}

/** Park a connected agent participant until `resumeTime` (ISO) or, without one, 7 days. */
export function park(state: StandInState, agent: Participant, resumeTime?: string): SimFailure | undefined {
    if (agent.state === 'parked') return undefined
    if (agent.purpose !== 'agent' || agent.state !== 'connected')
        return { failure: 'bad_request', message: 'Only a connected agent participant can be parked.' }
    if (parkedCount(state, agent.userId) >= MAX_PARKED_PER_USER)
        return {
            failure: 'bad_request',
            message: `The user already has the maximum of ${MAX_PARKED_PER_USER} parked emails.`,
        }
    const now = state.now()
    const due = resumeTime === undefined ? now + AUTO_RESUME_MS : Math.min(Date.parse(resumeTime), now + AUTO_RESUME_MS)
    agent.state = 'parked'
    agent.parkTime = new Date(now).toISOString()
    agent.resumeTime = new Date(due).toISOString()
    return undefined
}

export function unpark(agent: Participant): void {
    if (agent.state !== 'parked') return
    agent.state = 'connected'
    agent.parkTime = undefined
    agent.resumeTime = undefined
}

/** Genesys resumes parked emails whose resume time has come (checked whenever the clock is read). */
export function autoResumeDue(state: StandInState): number {
    let resumed = 0
    for (const conversation of state.conversations.values())
        for (const p of conversation.participants)
            if (p.state === 'parked' && p.resumeTime !== undefined && Date.parse(p.resumeTime) <= state.now()) {
                unpark(p)
                resumed++
            }
    return resumed
}

/**
 * A chained customer reply (inboundmessages): a parked agent participant is un-parked to the same
 * agent; a conversation nobody works any more is routed again through its last queue (new offer).
 */
export function chainReply(state: StandInState, conversation: Conversation, queueId?: string): void {
    const agent = activeAgent(conversation)
    if (agent !== undefined) {
        unpark(agent)
        return
    }
    if (activeAcd(conversation) !== undefined) return
    const cust = customer(conversation)
    if (cust !== undefined && cust.state === 'disconnected') {
        cust.state = 'connected'
        cust.endTime = undefined
        cust.disconnectType = undefined
    }
    requeue(state, conversation, queueId)
    routeIfAuto(state, conversation)
}

/** The conversation ends (customer side): every participant ends; `user.end` per agent, then `customer.end`. */
export function endConversation(state: StandInState, conversationId: string, disconnectType = 'endpoint'): boolean {
    const conversation = state.conversations.get(conversationId)
    if (conversation === undefined) return false
    const agent = activeAgent(conversation)
    if (agent !== undefined) endAgent(state, conversation, agent, 'peer')
    const acd = activeAcd(conversation)
    if (acd !== undefined) {
        acd.state = 'disconnected'
        acd.endTime = state.nowIso()
    }
    const cust = customer(conversation)
    if (cust === undefined || cust.state === 'disconnected') return true
    cust.state = 'disconnected'
    cust.endTime = state.nowIso()
    cust.disconnectType = disconnectType
    fire(state, {
        suffix: 'customer.end',
        event: {
            ...common(state, conversation),
            participantId: cust.id,
            sessionId: cust.communicationId,
            disconnectType,
        },
    })
    return true
}
