import { randomUUID } from 'node:crypto'
import type { AssignedAgent, SeedQueue, SeedUser, SeedWrapupCode } from './stand-in-types'

export type ParticipantState = 'alerting' | 'connected' | 'parked' | 'disconnected'

export interface Participant {
    readonly id: string
    readonly purpose: 'customer' | 'acd' | 'agent'
    state: ParticipantState
    readonly userId?: string
    readonly queueId?: string
    readonly address?: string
    readonly communicationId: string
    wrapup?: { code: string; name?: string; notes?: string }
}

export interface Conversation {
    readonly id: string
    readonly provider: string
    readonly subject: string
    readonly attributes: Record<string, string>
    readonly participants: Participant[]
    readonly inboundMessages: unknown[]
}

/** The stand-in's whole memory: reference data, conversations and issued tokens. */
export class StandInState {
    readonly queues = new Map<string, SeedQueue>()
    readonly wrapupCodes = new Map<string, SeedWrapupCode>()
    /** Wrap-up code ids allowed per queue id. */
    readonly queueWrapupCodes = new Map<string, string[]>()
    readonly users = new Map<string, SeedUser>()
    readonly conversations = new Map<string, Conversation>()
    /** access token -> expiry (epoch ms). */
    readonly tokens = new Map<string, number>()

    reset(): void {
        this.queues.clear()
        this.wrapupCodes.clear()
        this.queueWrapupCodes.clear()
        this.users.clear()
        this.conversations.clear()
        this.tokens.clear()
    }

    issueToken(lifetimeSeconds: number): string {
        const token = `stand-in-token-${randomUUID()}`
        this.tokens.set(token, Date.now() + lifetimeSeconds * 1000)
        return token
    }

    isTokenValid(token: string): boolean {
        const expiry = this.tokens.get(token)
        return expiry !== undefined && expiry > Date.now()
    }

    createConversation(input: {
        provider: string
        subject: string
        queueId: string
        fromAddress: string
        attributes: Record<string, string>
    }): Conversation {
        const conversation: Conversation = {
            id: randomUUID(),
            provider: input.provider,
            subject: input.subject,
            attributes: input.attributes,
            participants: [
                participant('customer', 'connected', { address: input.fromAddress }),
                participant('acd', 'connected', { queueId: input.queueId }),
            ],
            inboundMessages: [],
        }
        this.conversations.set(conversation.id, conversation)
        return conversation
    }

    /**
     * Test helper: an agent answers. An agent participant alerting for this user (after a transfer
     * to the agent) connects; otherwise the acd participant leaves and a new agent participant connects.
     */
    assignAgent(conversationId: string, userId: string): AssignedAgent | undefined {
        const conversation = this.conversations.get(conversationId)
        if (conversation === undefined || !this.users.has(userId)) return undefined
        const alerting = conversation.participants.find(
            (p) => p.purpose === 'agent' && p.state === 'alerting' && p.userId === userId
        )
        if (alerting !== undefined) {
            alerting.state = 'connected'
            return { participantId: alerting.id, communicationId: alerting.communicationId }
        }
        const acd = conversation.participants.find((p) => p.purpose === 'acd' && p.state !== 'disconnected')
        const queueId = acd?.queueId
        if (acd !== undefined) acd.state = 'disconnected'
        const agent = participant('agent', 'connected', { userId, queueId })
        conversation.participants.push(agent)
        return { participantId: agent.id, communicationId: agent.communicationId }
    }

    findParticipant(conversationId: string, participantId: string): Participant | undefined {
        return this.conversations.get(conversationId)?.participants.find((p) => p.id === participantId)
    }
}

function participant(
    purpose: Participant['purpose'],
    state: ParticipantState,
    extra: { userId?: string; queueId?: string; address?: string }
): Participant {
    return { id: randomUUID(), purpose, state, communicationId: randomUUID(), ...extra }
}
