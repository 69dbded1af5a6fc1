import type { GenesysEventInput } from '../../app/use-cases/genesys-event'
import { err, ok, type Result } from '../../domain/result'
import { apiError, type ApiError } from './api-error'
import { utf8Length } from './utf8-length'

/** The body fields the shipped Data Action sends (genesys/data-action), from the SDK's topic event models. */
const ID_FIELDS = ['conversationId', 'participantId', 'sessionId', 'userId', 'queueId'] as const
const TEXT_FIELDS = ['mediaType', 'provider', 'disconnectType'] as const

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const blank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Checks a Genesys event body before anything is read from the database: size first (so a huge body is never
 * parsed), then JSON and each field's type. What the values mean (topic, ids) is the use case's to check.
 * Unknown fields are ignored, so a Genesys admin may map more of the topic's fields without breaking anything.
 */
export function parseGenesysEvent(
    bodyText: string | null | undefined,
    maxBytes: number
): Result<GenesysEventInput, ApiError> {
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
    if (typeof body.topicName !== 'string' || body.topicName === '')
        return err(apiError(400, 'missing_field', 'topicName is required', 'topicName'))
    if (blank(body.conversationId))
        return err(apiError(400, 'missing_field', 'conversationId is required', 'conversationId'))
    // A Data Action template may send the epoch milliseconds as a string.
    const eventTime =
        typeof body.eventTime === 'string' && /^\d{1,15}$/.test(body.eventTime)
            ? Number(body.eventTime)
            : body.eventTime
    if (typeof eventTime !== 'number')
        return err(apiError(400, 'missing_field', 'eventTime (epoch milliseconds) is required', 'eventTime'))
    const fields: Record<string, string | null> = {}
    for (const field of [...ID_FIELDS, ...TEXT_FIELDS]) {
        const value = body[field]
        if (blank(value)) fields[field] = null
        else if (typeof value !== 'string' || value.length > 100)
            return err(apiError(400, 'invalid_field', `${field} must be a string of at most 100 characters`, field))
        else fields[field] = ID_FIELDS.indexOf(field as (typeof ID_FIELDS)[number]) >= 0 ? value.toLowerCase() : value
    }
    return ok({ topicName: body.topicName, eventTime, ...fields } as unknown as GenesysEventInput)
}
