import { isGenesysId } from '../../domain/genesys-id'
import { err, ok, type Result } from '../../domain/result'
import { isSysId } from '../../domain/sys-id'
import { apiError, type ApiError } from './api-error'
import { utf8Length } from './utf8-length'

/** Genesys (a Data Action) tells us an agent accepted the email: queued -> connected. */
export interface AgentAssignedRequest {
    readonly kind: 'agent_assigned'
    readonly eventId: string
    readonly conversationId: string
    readonly participantId: string
    readonly userId: string
    readonly communicationId: string | null
    /** servicenowInteractionSysId from the conversation attributes, when the Genesys flow passes it on. */
    readonly interactionSysId: string | null
}

/** Genesys ended the conversation: queued -> abandoned, connected/parked -> closed, ended: acknowledged. */
export interface ConversationEndedRequest {
    readonly kind: 'conversation_ended'
    readonly eventId: string
    readonly conversationId: string
    readonly participantId: string | null
    readonly interactionSysId: string | null
}

export type GenesysEventRequest = AgentAssignedRequest | ConversationEndedRequest
export type GenesysEventKind = GenesysEventRequest['kind']

/**
 * Required and optional Genesys id fields per event, in the order they are checked (and reported); then the
 * optional ServiceNow interaction sys_id, which both events may carry.
 */
const FIELDS: Readonly<Record<GenesysEventKind, { required: readonly string[]; optional: readonly string[] }>> = {
    agent_assigned: {
        required: ['eventId', 'conversationId', 'participantId', 'userId'],
        optional: ['communicationId'],
    },
    conversation_ended: { required: ['eventId', 'conversationId'], optional: ['participantId'] },
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readIds(
    body: Record<string, unknown>,
    kind: GenesysEventKind
): Result<Record<string, string | null>, ApiError> {
    const ids: Record<string, string | null> = {}
    const { required, optional } = FIELDS[kind]
    for (const field of [...required, ...optional]) {
        const value = body[field]
        const absent = value === undefined || value === null || value === ''
        if (absent && required.indexOf(field) >= 0)
            return err(apiError(400, 'missing_field', `${field} is required`, field))
        if (absent) {
            ids[field] = null
            continue
        }
        if (!isGenesysId(value))
            return err(apiError(400, 'invalid_field', `${field} must be a Genesys id (a UUID)`, field))
        ids[field] = value.toLowerCase()
    }
    const sysId = body.interactionSysId
    if (sysId === undefined || sysId === null || sysId === '') ids.interactionSysId = null
    else if (!isSysId(sysId))
        return err(
            apiError(
                400,
                'invalid_field',
                'interactionSysId must be a ServiceNow sys_id (32 hexadecimal characters)',
                'interactionSysId'
            )
        )
    else ids.interactionSysId = sysId.toLowerCase()
    return ok(ids)
}

/**
 * Checks a Genesys event body before anything is read from the database: size first (so a huge body is
 * never parsed), then JSON, then every id. Pure, so each rejection is unit-tested.
 */
export function parseGenesysEvent(
    kind: GenesysEventKind,
    bodyText: string | null | undefined,
    maxBytes: number
): Result<GenesysEventRequest, ApiError> {
    const text = bodyText || ''
    if (text.length > maxBytes || utf8Length(text) > maxBytes)
        return err(apiError(413, 'payload_too_large', `The request body is larger than ${maxBytes} bytes`))
    let body: unknown
    try {
        body = JSON.parse(text)
    } catch {
        return err(apiError(400, 'invalid_json', 'The request body is not valid JSON'))
    }
    if (!isPlainObject(body)) return err(apiError(400, 'invalid_json', 'The request body must be a JSON object'))
    const read = readIds(body, kind)
    if (!read.ok) return read
    const ids = read.value
    if (kind === 'agent_assigned')
        return ok({
            kind,
            eventId: ids.eventId as string,
            conversationId: ids.conversationId as string,
            participantId: ids.participantId as string,
            userId: ids.userId as string,
            communicationId: ids.communicationId,
            interactionSysId: ids.interactionSysId,
        })
    return ok({
        kind,
        eventId: ids.eventId as string,
        conversationId: ids.conversationId as string,
        participantId: ids.participantId,
        interactionSysId: ids.interactionSysId,
    })
}
