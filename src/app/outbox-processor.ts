import type { GenesysError } from '../genesys/genesys-error'
import { isRetryableLater } from '../genesys/genesys-error'
import { retryDelaySeconds } from './backoff'
import { describeGenesysError } from './genesys-messages'
import { sendToGenesys, type GenesysOperation } from './genesys-operation'
import { recordHistory, type HistoryFacts } from './history'
import { decodePayload } from './outbox-payload'
import type { OutboxRow } from './ports'
import type { RoutingDeps } from './routing-deps'

export type OutboxDeps = Pick<RoutingDeps, 'outbox' | 'genesys' | 'interactions' | 'events' | 'config'>

/** Used when the configuration cannot be read: a broken queue mapping must not stop pending disconnects. */
export const OUTBOX_DEFAULTS = { maxAttempts: 10, baseDelaySeconds: 30 } as const

export interface OutboxRunReport {
    readonly examined: number
    readonly delivered: number
    readonly retried: number
    readonly dead: number
    /** Set when the defaults above were used because the configuration could not be read. */
    readonly configProblem: string | null
}

export interface OutboxProcessor {
    /** Sends up to `limit` due rows once each; the scheduled job calls it. */
    processDue(nowMs: number, limit: number): OutboxRunReport
}

/** A throw from the client is a bug, not Genesys's answer: treat it as retryable so the row is not lost. */
function sendSafely(deps: OutboxDeps, call: GenesysOperation) {
    try {
        return sendToGenesys(deps.genesys, call)
    } catch (thrown) {
        const error: GenesysError = { kind: 'network', status: 0, message: `unexpected error: ${String(thrown)}` }
        return { ok: false as const, error }
    }
}

/** Appends a history row to the interaction (if it still exists); outbox rows change no status. */
function history(deps: OutboxDeps, row: OutboxRow, facts: HistoryFacts): void {
    const interaction = deps.interactions.get(row.interaction)
    if (interaction) recordHistory(deps.events, interaction.sysId, interaction, facts)
}

export function createOutboxProcessor(deps: OutboxDeps): OutboxProcessor {
    return {
        processDue(nowMs, limit) {
            const config = deps.config.read()
            const settings = config.ok
                ? { maxAttempts: config.value.outboxMaxAttempts, baseDelaySeconds: config.value.outboxBaseDelaySeconds }
                : OUTBOX_DEFAULTS
            const counts = { examined: 0, delivered: 0, retried: 0, dead: 0 }
            for (const row of deps.outbox.due(nowMs, limit)) {
                counts.examined++
                counts[processRow(deps, row, nowMs, settings)]++
            }
            return { ...counts, configProblem: config.ok ? null : `${config.error.property}: ${config.error.message}` }
        },
    }
}

function processRow(
    deps: OutboxDeps,
    row: OutboxRow,
    nowMs: number,
    settings: { maxAttempts: number; baseDelaySeconds: number }
): 'delivered' | 'retried' | 'dead' {
    const payload = decodePayload(row)
    if (!payload.ok) {
        const lastError = `unusable outbox row: ${payload.error}`
        deps.outbox.markDead(row.sysId, row.attempts, lastError)
        return 'dead'
    }
    const { event, call } = payload.value
    const attempts = row.attempts + 1
    const sent = sendSafely(deps, call)
    if (sent.ok) {
        // Marked done before anything else so a later failure here can never cause a second send.
        deps.outbox.markDone(row.sysId)
        if (sent.value) deps.interactions.update(row.interaction, { conversationId: sent.value })
        const message = `The queued ${row.operation.replace(/_/g, ' ')} update reached Genesys Cloud (attempt ${attempts}).`
        history(deps, row, { event, outcome: 'applied', message })
        return 'delivered'
    }
    const lastError = describeGenesysError(sent.error)
    if (isRetryableLater(sent.error) && attempts < settings.maxAttempts) {
        const delay = retryDelaySeconds(attempts, settings.baseDelaySeconds, sent.error.retryAfterSeconds)
        deps.outbox.markRetry(row.sysId, attempts, nowMs + delay * 1000, lastError)
        return 'retried'
    }
    deps.outbox.markDead(row.sysId, attempts, lastError)
    const why = isRetryableLater(sent.error) ? `after ${attempts} attempts` : 'and will not be retried'
    const message = `The queued ${row.operation.replace(/_/g, ' ')} update could not be sent to Genesys Cloud ${why} (${lastError}).`
    history(deps, row, { event, outcome: 'failed', message, correlationId: sent.error.correlationId ?? null })
    return 'dead'
}
