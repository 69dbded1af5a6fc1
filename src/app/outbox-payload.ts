import { GENESYS_COMMAND_KINDS, type GenesysCommand } from '../domain/genesys-command'
import { err, ok, type Result } from '../domain/result'
import { ROUTING_EVENT_TYPES, type RoutingEventType } from '../domain/routing-event'
import type { OutboxRow } from './ports'

/** An outbox row's payload: the machine's command as it returned it, and the event it belongs to (history). */
export interface OutboxPayload {
    readonly event: RoutingEventType
    readonly command: GenesysCommand
}

export function encodePayload(event: RoutingEventType, command: GenesysCommand): string {
    return JSON.stringify({ event, command })
}

/** String fields each command needs; a row edited by hand or from an older version fails here, not in Genesys. */
const REQUIRED: Record<GenesysCommand['kind'], readonly string[]> = {
    create_conversation: ['queueId'],
    park: ['conversationId', 'participantId'],
    unpark: ['conversationId', 'participantId'],
    transfer_to_queue: ['conversationId', 'participantId', 'queueId'],
    transfer_to_agent: ['conversationId', 'participantId', 'userId'],
    disconnect: ['conversationId', 'participantId', 'wrapupCode'],
    chain_reply: ['conversationId'],
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function commandProblem(row: OutboxRow, command: Record<string, unknown>): string | null {
    if (command.kind !== row.operation) return `the payload is for ${String(command.kind)}, not ${row.operation}`
    if (GENESYS_COMMAND_KINDS.indexOf(row.operation) < 0) return `${row.operation} is not a Genesys command`
    const missing = REQUIRED[row.operation].filter(
        (field) => typeof command[field] !== 'string' || command[field] === ''
    )
    if (missing.length > 0) return `the payload lacks ${missing.join(', ')}`
    if ((row.operation === 'create_conversation' || row.operation === 'chain_reply') && !isObject(command.email))
        return 'the payload lacks the email'
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
    if (!isObject(parsed) || !isObject(parsed.command)) return err('the payload has no Genesys command')
    const event = parsed.event as RoutingEventType
    if (!ROUTING_EVENT_TYPES.includes(event)) return err('the payload names no known routing event')
    const problem = commandProblem(row, parsed.command)
    return problem ? err(problem) : ok({ event, command: parsed.command as unknown as GenesysCommand })
}
