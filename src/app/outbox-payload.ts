import { err, ok, type Result } from '../domain/result'
import { ROUTING_EVENT_TYPES, type RoutingEventType } from '../domain/routing-event'
import type { GenesysOperation } from './genesys-operation'
import type { OutboxRow } from './ports'

/** The outbox row's payload: the exact Genesys call, plus the event it belongs to for the history row. */
export interface OutboxPayload {
    readonly event: RoutingEventType
    readonly call: GenesysOperation
}

export function encodePayload(event: RoutingEventType, call: GenesysOperation): string {
    return JSON.stringify({ event, call })
}

/** Top-level string fields each call needs; a row edited by hand or from an older version fails here, not in Genesys. */
const REQUIRED: Record<GenesysOperation['operation'], readonly string[]> = {
    create_conversation: [],
    park: ['conversationId', 'participantId'],
    unpark: ['conversationId', 'participantId'],
    transfer_to_queue: ['conversationId', 'participantId', 'queueId'],
    transfer_to_agent: ['conversationId', 'participantId', 'userId'],
    disconnect: ['conversationId', 'participantId'],
    apply_wrapup: ['conversationId', 'participantId', 'communicationId'],
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function callProblem(row: OutboxRow, call: Record<string, unknown>): string | null {
    if (call.operation !== row.operation) return `the payload is for ${String(call.operation)}, not ${row.operation}`
    const missing = REQUIRED[row.operation].filter((field) => typeof call[field] !== 'string' || call[field] === '')
    if (missing.length > 0) return `the payload lacks ${missing.join(', ')}`
    if (row.operation === 'create_conversation' && !isObject(call.request)) return 'the payload lacks the request'
    if ((row.operation === 'disconnect' || row.operation === 'apply_wrapup') && !isObject(call.wrapup))
        return 'the payload lacks the wrap-up'
    return null
}

/** Parses and checks a stored payload; a bad one is dead on arrival rather than retried forever. */
export function decodePayload(row: OutboxRow): Result<OutboxPayload, string> {
    let parsed: unknown
    try {
        parsed = JSON.parse(row.payload)
    } catch {
        return err('the payload is not valid JSON')
    }
    if (!isObject(parsed) || !isObject(parsed.call)) return err('the payload has no Genesys call')
    const event = parsed.event as RoutingEventType
    if (!ROUTING_EVENT_TYPES.includes(event)) return err('the payload names no known routing event')
    const problem = callProblem(row, parsed.call)
    return problem ? err(problem) : ok({ event, call: parsed.call as unknown as GenesysOperation })
}
