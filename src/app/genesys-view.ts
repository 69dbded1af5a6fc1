import type { GenesysView } from '../domain/routing-event'
import type { ConversationParticipant, EmailConversation } from '../genesys/genesys-api'
import { INTERACTION_ATTRIBUTE } from '../genesys/send-command'
import type { AgentDirectory } from './ports'

/** Participant states of an email that is over for that participant (EmailMediaParticipant.state). */
const GONE = ['disconnected', 'terminated']
/** Offered to the agent, not yet accepted. */
const OFFERED = ['alerting', 'offering', 'contacting']

const active = (p: ConversationParticipant) => GONE.indexOf(p.state) < 0
const isCustomer = (p: ConversationParticipant) => p.purpose === 'customer' || p.purpose === 'external'

/**
 * What a read of the conversation says, in the machine's terms. The agent is the last active agent participant
 * (Genesys lists participants in the order they joined: after a transfer or a missed offer, the newest one).
 * The conversation has ended when no agent or queue participant is active and the customer's has ended too.
 */
export function genesysViewOf(
    conversation: EmailConversation,
    agents: Pick<AgentDirectory, 'findByGenesysUserId'>,
    communicationId: { readonly participantId: string; readonly id: string } | null = null
): GenesysView {
    const live = conversation.participants.filter(active)
    const agentParticipant = live.filter((p) => p.purpose === 'agent' && p.userId).pop() ?? null
    const queueParticipant = live.filter((p) => p.purpose === 'acd').pop() ?? null
    const customerLive = live.some(isCustomer)
    const ended = !agentParticipant && !queueParticipant && !customerLive
    const queueId = queueParticipant?.queueId ?? agentParticipant?.queueId ?? null
    const inQueue = queueParticipant !== null
    if (!agentParticipant) return { conversationId: conversation.id, ended, queueId, inQueue, agent: null }
    const mapped = agents.findByGenesysUserId(agentParticipant.userId as string)
    const state =
        agentParticipant.state === 'parked'
            ? 'parked'
            : OFFERED.indexOf(agentParticipant.state) >= 0
              ? 'alerting'
              : 'connected'
    return {
        conversationId: conversation.id,
        ended: false,
        inQueue,
        queueId,
        agent: {
            userSysId: mapped && mapped.active ? mapped.userSysId : null,
            genesysUserId: agentParticipant.userId as string,
            participantId: agentParticipant.id,
            communicationId:
                communicationId && communicationId.participantId === agentParticipant.id ? communicationId.id : null,
            state,
            resumeTime: state === 'parked' ? (agentParticipant.resumeTime ?? null) : null,
        },
    }
}

/** The ServiceNow interaction a conversation was created for (the attribute our create sets), if any. */
export function interactionNamedBy(conversation: EmailConversation): string | null {
    for (const p of conversation.participants) {
        const named = p.attributes?.[INTERACTION_ATTRIBUTE]
        if (named) return named
    }
    return null
}
