import { randomUUID } from 'node:crypto'
import type { TopicEvent } from '../genesys-events'
import type { SeedQueue, SeedUser, SeedWrapupCode } from './stand-in-types'

/**
 * Participant states the stand-in uses, all values of the SDK's EmailMediaParticipant state enum
 * (tests/support/genesys-enums.ts; `parked` is the ParkingStateRequest value a parked email shows).
 */
export type ParticipantState = 'alerting' | 'connected' | 'parked' | 'disconnected'

export interface Participant {
    readonly id: string
    readonly purpose: 'customer' | 'acd' | 'agent'
    state: ParticipantState
    readonly userId?: string
    readonly queueId?: string
    readonly address?: string
    readonly communicationId: string
    readonly startTime: string
    connectedTime?: string
    endTime?: string
    disconnectType?: string
    /** Set while parked: when it was parked and when Genesys resumes it by itself. */
    parkTime?: string
    resumeTime?: string
    wrapup?: { code: string; name?: string; notes?: string }
}

export interface Conversation {
    readonly id: string
    readonly provider: string
    readonly subject: string
    readonly attributes: Record<string, string>
    readonly participants: Participant[]
    readonly inboundMessages: unknown[]
    /** The queue the email was last routed through (a chained reply after the end re-routes there). */
    lastQueueId: string
}

/** The stand-in's whole memory: reference data, conversations, issued tokens, the simulated clock and events. */
export class StandInState {
    readonly queues = new Map<string, SeedQueue>()
    readonly wrapupCodes = new Map<string, SeedWrapupCode>()
    /** Wrap-up code ids allowed per queue id. */
    readonly queueWrapupCodes = new Map<string, string[]>()
    readonly users = new Map<string, SeedUser>()
    readonly conversations = new Map<string, Conversation>()
    /** access token -> expiry (epoch ms, real time). */
    readonly tokens = new Map<string, number>()
    /** Trigger events Genesys has fired and not yet handed to the event pipeline, in firing order. */
    readonly firedEvents: TopicEvent[] = []
    /** Simulated time added to the real clock (admin advanceTime): parking auto-resume runs on it. */
    clockOffsetMs = 0
    /** Offer a queued email to an agent by itself (Genesys ACD) instead of waiting for an admin offer. */
    autoOffer = false
    /** Round-robin position for choosing the next agent. */
    nextAgentIndex = 0
    /** The OAuth client's role: undefined grants everything; a set restricts to those permissions (403). */
    grantedPermissions: Set<string> | undefined = undefined

    reset(): void {
        this.queues.clear()
        this.wrapupCodes.clear()
        this.queueWrapupCodes.clear()
        this.users.clear()
        this.conversations.clear()
        this.tokens.clear()
        this.firedEvents.length = 0
        this.clockOffsetMs = 0
        this.autoOffer = false
        this.nextAgentIndex = 0
        this.grantedPermissions = undefined
    }

    now(): number {
        return Date.now() + this.clockOffsetMs
    }

    nowIso(): string {
        return new Date(this.now()).toISOString()
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
                this.newParticipant('customer', 'connected', { address: input.fromAddress }),
                this.newParticipant('acd', 'connected', { queueId: input.queueId }),
            ],
            inboundMessages: [],
            lastQueueId: input.queueId,
        }
        this.conversations.set(conversation.id, conversation)
        return conversation
    }

    newParticipant(
        purpose: Participant['purpose'],
        state: ParticipantState,
        extra: { userId?: string; queueId?: string; address?: string }
    ): Participant {
        const startTime = this.nowIso()
        return {
            id: randomUUID(),
            purpose,
            state,
            communicationId: randomUUID(),
            startTime,
            ...(state === 'connected' ? { connectedTime: startTime } : {}),
            ...extra,
        }
    }

    findParticipant(conversationId: string, participantId: string): Participant | undefined {
        return this.conversations.get(conversationId)?.participants.find((p) => p.id === participantId)
    }
}
