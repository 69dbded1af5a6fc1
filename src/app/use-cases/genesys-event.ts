import { isGenesysId } from '../../domain/genesys-id'
import { err, ok, type Result } from '../../domain/result'
import type { GenesysEventDone } from '../action-result'
import { integrationProblem } from '../actor-rules'
import { appError, type AppError } from '../app-error'
import { describeGenesysError } from '../genesys-messages'
import { recordHistory } from '../history'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { applyGenesysState } from './observe-genesys'

/**
 * A Process Automation trigger event, as the shipped Data Action posts it (genesys/; fields from the SDK's
 * UserStartDetailEventTopicUserStartEvent, UserEndDetailEventTopicUserEndEvent and
 * CustomerEndDetailEventTopicCustomerEndEvent). Genesys sends no event id.
 */
export interface GenesysEventInput {
    readonly topicName: string
    readonly eventTime: number
    readonly conversationId: string
    readonly participantId?: string | null
    readonly sessionId?: string | null
    readonly userId?: string | null
    readonly queueId?: string | null
    readonly mediaType?: string | null
    readonly provider?: string | null
    readonly disconnectType?: string | null
}

/** The topics the shipped triggers subscribe to (genesys/triggers). */
const EVENT_TOPICS = ['user.start', 'user.end', 'customer.end'] as const
const TOPIC = /^v2\.detail\.events\.conversation\.([0-9a-f-]{36})\.(user\.start|user\.end|customer\.end)$/i

function inputProblem(input: GenesysEventInput): AppError | null {
    const bad = (message: string) => appError('invalid_input', message)
    if (!input || typeof input !== 'object') return bad('The body must be a JSON object.')
    if (!isGenesysId(input.conversationId)) return bad('conversationId must be a Genesys Cloud id (a UUID).')
    const topic = typeof input.topicName === 'string' ? TOPIC.exec(input.topicName) : null
    if (!topic) return bad(`topicName must be v2.detail.events.conversation.{id}.${EVENT_TOPICS.join(' | ')}.`)
    if (topic[1].toLowerCase() !== input.conversationId.toLowerCase())
        return bad('topicName names another conversation than conversationId.')
    if (typeof input.eventTime !== 'number' || !Number.isInteger(input.eventTime) || input.eventTime <= 0)
        return bad('eventTime must be the event time in epoch milliseconds.')
    for (const field of ['participantId', 'sessionId', 'userId', 'queueId'] as const) {
        const value = input[field]
        if (value !== undefined && value !== null && value !== '' && !isGenesysId(value))
            return bad(`${field} must be a Genesys Cloud id (a UUID).`)
    }
    if (input.mediaType && String(input.mediaType).toLowerCase() !== 'email')
        return bad('mediaType must be EMAIL: this endpoint takes email conversations only.')
    return null
}

/** Topic + conversation + participant + session + time: the same event delivered twice has the same key. */
function eventKey(input: GenesysEventInput): string {
    const topic = (TOPIC.exec(input.topicName) as RegExpExecArray)[2].toLowerCase()
    return [topic, input.conversationId, input.participantId || '-', input.sessionId || '-', input.eventTime]
        .join(':')
        .toLowerCase()
}

function done(
    interaction: InteractionRecord,
    outcome: GenesysEventDone['outcome'],
    message: string,
    duplicate = false
): GenesysEventDone {
    return { interaction, outcome, message, duplicate }
}

/**
 * A Genesys event is a hint, never proof: it may be repeated, late, out of order, or describe an offer the agent
 * never accepted. So the event only says which conversation to look at; the conversation read
 * (GET /api/v2/conversations/emails/{id}) says what is true, and the machine applies that. A repeated key or an
 * event older than the last confirmed read changes nothing and costs no Genesys request. When the read fails, the
 * interaction is left for the reconciler, which reads it on its next run.
 */
export function genesysEvent(
    deps: RoutingDeps,
    actor: Actor | null,
    input: GenesysEventInput
): Result<GenesysEventDone, AppError> {
    const denied = integrationProblem(actor)
    if (denied) return err(denied)
    const bad = inputProblem(input)
    if (bad) return err(bad)
    const key = eventKey(input)
    const linked = deps.interactions.findByConversationId(input.conversationId)
    if (linked && deps.events.hasExternalId(key))
        return ok(done(linked, 'unchanged', 'This Genesys Cloud event was already applied; nothing changed.', true))
    // Genesys stamps eventTime, ServiceNow the read time (both NTP-synchronised): a read after the event saw it.
    if (linked && linked.confirmedAtMs !== null && input.eventTime < linked.confirmedAtMs)
        return ok(
            done(
                linked,
                'unchanged',
                `This Genesys Cloud event is older than the state last read for ${linked.number}; nothing changed.`
            )
        )
    const read = deps.genesys.getEmailConversation(input.conversationId)
    if (!read.ok) {
        if (read.error.kind === 'not_found' && !linked)
            return err(
                appError('not_found', `No interaction is linked to Genesys Cloud conversation ${input.conversationId}.`)
            )
        if (!linked)
            return err(
                appError(
                    'genesys_unavailable',
                    `Genesys Cloud conversation ${input.conversationId} could not be read (${read.error.kind}); the event was not applied.`,
                    read.error
                )
            )
        // Left for the reconciler: it takes never-confirmed interactions first.
        deps.interactions.update(linked.sysId, { confirmedAtMs: null })
        const message = `Genesys Cloud reported a change to ${linked.number}, but its conversation could not be read (${describeGenesysError(read.error)}); the reconciler reads it again.`
        recordHistory(deps.events, linked.sysId, linked, {
            event: 'genesys_observed',
            outcome: 'deferred',
            message,
            actor,
            correlationId: read.error.correlationId ?? null,
        })
        return ok(done(linked, 'deferred', message))
    }
    const session =
        input.participantId && input.sessionId ? { participantId: input.participantId, id: input.sessionId } : null
    const applied = applyGenesysState(deps, { linked, conversation: read.value, actor, externalId: key, session })
    if (!applied.ok) return applied
    return ok({ ...applied.value, duplicate: false })
}
