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

/** One participant of an email conversation (SDK model EmailMediaParticipant). */
export interface ConversationParticipant {
    readonly id: string
    /** customer, external, acd, agent, workflow ... */
    readonly purpose: string
    /** alerting, connected, parked, disconnected, terminated ... */
    readonly state: string
    readonly userId?: string
    readonly queueId?: string
    /** When Genesys resumes a parked email (ISO-8601). */
    readonly resumeTime?: string
    /** Participant data; the customer participant carries the attributes set on create. */
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

export interface GenesysApi extends GenesysLookups {
    createEmailConversation(request: CreateEmailConversation): GenesysResult<{ conversationId: string }>
    postInboundMessage(conversationId: string, message: InboundMessage): GenesysResult<{ conversationId: string }>
    getEmailConversation(conversationId: string): GenesysResult<EmailConversation>
    transferToQueue(conversationId: string, participantId: string, queueId: string): GenesysResult<void>
    transferToAgent(conversationId: string, participantId: string, userId: string): GenesysResult<void>
    /** ParkingStateRequest {state: parked, resumeTime?}: Genesys resumes it to the same agent at resumeTime (ISO-8601). */
    park(conversationId: string, participantId: string, resumeTime?: string | null): GenesysResult<void>
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

export interface GenesysUser {
    readonly id: string
    readonly name: string
    /** User.state: `active`, `inactive` or `deleted`. */
    readonly state: string
}

/** Reads for the participant's wrap-up codes, the unclear-create lookup and the setup check (part of GenesysApi). */
export interface GenesysLookups {
    /** The wrap-up codes Genesys allows for this participant (its queue's codes, after transfers too). */
    listParticipantWrapupCodes(
        conversationId: string,
        participantId: string
    ): GenesysResult<readonly GenesysWrapupCode[]>
    /**
     * The newest email conversation since `sinceIso` whose participant data has `name` = `value`,
     * or null when none is visible (yet). A read: safe to repeat. See find-by-attribute.ts for what
     * null can and cannot prove.
     */
    findEmailConversationByAttribute(name: string, value: string, sinceIso: string): GenesysResult<string | null>
    /** One Genesys user; a deleted or unknown id answers not_found. */
    getUser(userId: string): GenesysResult<GenesysUser>
}

/** What createGenesysClient returns (the lookups are part of GenesysApi). */
export type GenesysClientApi = GenesysApi
