import type { Result } from '../domain/result'
import type { GenesysError } from './genesys-error'

/**
 * What the app needs from Genesys Cloud. The REST client implements it; use-case tests fake it.
 * Every call is synchronous and returns data, never throws for an expected failure.
 */
export interface CreateEmailConversation {
    /** Third-party email provider name configured in Genesys (property x_gcer.genesys.provider). */
    readonly provider: string
    readonly queueId: string
    readonly toAddress: string
    readonly fromAddress: string
    readonly fromName?: string
    readonly subject: string
    /** Carried to Genesys so its flows and Data Actions can find the ServiceNow record. */
    readonly attributes?: Readonly<Record<string, string>>
}

export interface InboundMessage {
    readonly provider: string
    readonly queueId?: string
    readonly toAddress: string
    readonly fromAddress: string
    readonly subject: string
}

export interface WrapupInput {
    readonly code: string
    readonly notes?: string
}

export interface ConversationParticipant {
    readonly id: string
    readonly purpose: string
    readonly state: string
    readonly userId?: string
    readonly queueId?: string
    /** While parked: when Genesys resumes the email by itself (ISO-8601, EmailMediaParticipant.resumeTime). */
    readonly resumeTime?: string
    /** Participant data (EmailMediaParticipant.attributes), e.g. what the create carried. */
    readonly attributes?: Readonly<Record<string, string>>
}

export interface EmailConversation {
    readonly id: string
    readonly participants: readonly ConversationParticipant[]
}

export interface GenesysQueue {
    readonly id: string
    readonly name: string
}

export interface GenesysWrapupCode {
    readonly id: string
    readonly name: string
}

export type GenesysResult<T> = Result<T, GenesysError>

export interface GenesysApi {
    createEmailConversation(request: CreateEmailConversation): GenesysResult<{ conversationId: string }>
    postInboundMessage(conversationId: string, message: InboundMessage): GenesysResult<{ conversationId: string }>
    getEmailConversation(conversationId: string): GenesysResult<EmailConversation>
    transferToQueue(conversationId: string, participantId: string, queueId: string): GenesysResult<void>
    transferToAgent(conversationId: string, participantId: string, userId: string): GenesysResult<void>
    /** `resumeTime` (ISO-8601): when Genesys resumes the parked email by itself; omitted = Genesys's default. */
    park(conversationId: string, participantId: string, resumeTime?: string): GenesysResult<void>
    unpark(conversationId: string, participantId: string): GenesysResult<void>
    /** One PATCH: participant disconnected, wrap-up carried in the same request. */
    disconnectWithWrapup(conversationId: string, participantId: string, wrapup: WrapupInput): GenesysResult<void>
    applyWrapup(
        conversationId: string,
        participantId: string,
        communicationId: string,
        wrapup: WrapupInput
    ): GenesysResult<void>
    listQueues(): GenesysResult<readonly GenesysQueue[]>
    listQueueWrapupCodes(queueId: string): GenesysResult<readonly GenesysWrapupCode[]>
}
