import type { GenesysError } from '../genesys/genesys-error'
import { retryDelaySeconds } from './backoff'
import { judgeFailure } from './eventual-delivery'
import { sendToGenesys, type GenesysOperation } from './genesys-operation'
import { recordHistory, type HistoryFacts } from './history'
import { decodePayload } from './outbox-payload'
import type { InteractionRecord, OutboxOperation, OutboxRow } from './ports'
import type { RoutingDeps } from './routing-deps'

export type OutboxDeps = Pick<RoutingDeps, 'outbox' | 'genesys' | 'interactions' | 'events' | 'config'>

/** Used when the configuration cannot be read: a broken queue mapping must not stop pending disconnects. */
export const OUTBOX_DEFAULTS = { maxAttempts: 10, baseDelaySeconds: 30 } as const

/** Pending rows of one interaction looked at before a newer action, at most. */
const MAX_PENDING_PER_INTERACTION = 10

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

interface OutboxSettings {
    readonly maxAttempts: number
    readonly baseDelaySeconds: number
}

/** What one attempt at a row came to; `retried` says when the row is tried again and why it was not delivered. */
type RowOutcome =
    | { readonly kind: 'delivered' | 'dead' }
    | { readonly kind: 'retried'; readonly nextAttemptAtMs: number; readonly error: GenesysError }

function readSettings(deps: Pick<RoutingDeps, 'config'>): { settings: OutboxSettings; problem: string | null } {
    const config = deps.config.read()
    if (!config.ok) return { settings: OUTBOX_DEFAULTS, problem: `${config.error.property}: ${config.error.message}` }
    const { outboxMaxAttempts: maxAttempts, outboxBaseDelaySeconds: baseDelaySeconds } = config.value
    return { settings: { maxAttempts, baseDelaySeconds }, problem: null }
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

const words = (operation: OutboxOperation) => operation.replace(/_/g, ' ')

/**
 * Why sending the row now would act on something that is no longer there, or null to send it. The payload names
 * the participant the call was meant for: after a transfer (participant cleared) or a new assignment (another
 * participant) an old un-park or disconnect would hit the replaced participant. A create for an interaction that
 * already has a conversation (linked meanwhile) would open a second one.
 */
function staleReason(call: GenesysOperation, interaction: InteractionRecord | null): string | null {
    if (!interaction) return null
    if ('participantId' in call && call.participantId !== interaction.participantId)
        return 'superseded: participant changed'
    if (call.operation === 'create_conversation' && interaction.conversationId)
        return 'superseded: the interaction already has a Genesys conversation'
    return null
}

/**
 * One attempt at one row, with all of the done/retry/dead bookkeeping: the scheduled job and the agent actions that
 * send an interaction's pending rows first both come here. `interaction` is the row's interaction as the caller
 * already has it (null when it no longer exists); history rows go to it and change no status.
 */
function processRow(
    deps: OutboxDeps,
    row: OutboxRow,
    interaction: InteractionRecord | null,
    nowMs: number,
    settings: OutboxSettings
): RowOutcome {
    const payload = decodePayload(row)
    if (!payload.ok) {
        deps.outbox.markDead(row.sysId, row.attempts, `unusable outbox row: ${payload.error}`)
        return { kind: 'dead' }
    }
    const { event, call } = payload.value
    const history = (facts: Omit<HistoryFacts, 'event'>) => {
        if (interaction) recordHistory(deps.events, interaction.sysId, interaction, { event, ...facts })
    }
    const stale = staleReason(call, interaction)
    if (stale) {
        deps.outbox.markDead(row.sysId, row.attempts, stale)
        const message = `The queued ${words(row.operation)} update was not sent to Genesys Cloud: it no longer applies (${stale}).`
        history({ outcome: 'unchanged', message })
        return { kind: 'dead' }
    }
    const attempts = row.attempts + 1
    const sent = sendSafely(deps, call)
    if (sent.ok) {
        // Marked done right after Genesys accepted it; the note at the end of this file explains the gap this leaves.
        deps.outbox.markDone(row.sysId)
        if (sent.value) deps.interactions.update(row.interaction, { conversationId: sent.value })
        history({
            outcome: 'applied',
            message: `The queued ${words(row.operation)} update reached Genesys Cloud (attempt ${attempts}).`,
        })
        return { kind: 'delivered' }
    }
    const error = sent.error
    const judged = judgeFailure(row.operation, error)
    if (judged.verdict === 'already_done') {
        deps.outbox.markDone(row.sysId)
        const message = `The queued ${words(row.operation)} update was not needed: Genesys Cloud had already ended the agent participant.`
        history({ outcome: 'applied', message, correlationId: error.correlationId ?? null })
        return { kind: 'delivered' }
    }
    if (judged.verdict === 'retry_later' && attempts < settings.maxAttempts) {
        const delay = retryDelaySeconds(attempts, settings.baseDelaySeconds, error.retryAfterSeconds)
        const nextAttemptAtMs = nowMs + delay * 1000
        deps.outbox.markRetry(row.sysId, attempts, nextAttemptAtMs, judged.lastError)
        return { kind: 'retried', nextAttemptAtMs, error }
    }
    deps.outbox.markDead(row.sysId, attempts, judged.lastError)
    const why =
        judged.verdict === 'retry_later'
            ? `could not be sent to Genesys Cloud after ${attempts} attempts`
            : judged.verdict === 'uncertain'
              ? 'got no clear answer from Genesys Cloud, which may have carried it out, so it will not be sent again automatically'
              : 'was refused by Genesys Cloud and will not be retried'
    const message = `The queued ${words(row.operation)} update ${why} (${judged.lastError}); an administrator can retry it from the Genesys outbox.`
    history({ outcome: 'failed', message, correlationId: error.correlationId ?? null })
    return { kind: 'dead' }
}

export function createOutboxProcessor(deps: OutboxDeps): OutboxProcessor {
    return {
        processDue(nowMs, limit) {
            const { settings, problem } = readSettings(deps)
            const counts = { examined: 0, delivered: 0, retried: 0, dead: 0 }
            for (const row of deps.outbox.due(nowMs, limit)) {
                counts.examined++
                const interaction = row.interaction ? deps.interactions.get(row.interaction) : null
                counts[processRow(deps, row, interaction, nowMs, settings).kind]++
            }
            return { ...counts, configProblem: problem }
        },
    }
}

/** An earlier update of the interaction that could not be sent yet, so a newer action must wait for it. */
export interface StillPending {
    readonly row: OutboxRow
    /** Until the outbox tries it again. */
    readonly waitSeconds: number
    readonly error: GenesysError
}

/** Rows a newer action makes pointless: not sent, marked done with `reason` (e.g. un-parks before a disconnect). */
export interface Supersede {
    readonly operations: readonly OutboxOperation[]
    readonly reason: string
}

function supersedeRow(deps: OutboxDeps, row: OutboxRow, interaction: InteractionRecord, reason: string): void {
    const payload = decodePayload(row)
    if (!payload.ok) {
        deps.outbox.markDead(row.sysId, row.attempts, `unusable outbox row: ${payload.error}`)
        return
    }
    deps.outbox.markSuperseded(row.sysId, reason)
    const message = `The queued ${words(row.operation)} update was not sent to Genesys Cloud (${reason}).`
    recordHistory(deps.events, interaction.sysId, interaction, {
        event: payload.value.event,
        outcome: 'unchanged',
        message,
    })
}

/**
 * Before a newer action on the interaction's Genesys conversation (hold, resume, transfer, disconnect): sends its
 * pending outbox rows now, oldest first, each through processRow, so a late un-park can never land after the
 * agent's Hold. Rows `supersede` names are not sent: once every other row went through they are marked done with
 * the reason (the newer action makes them pointless); they stay pending if the action cannot go on.
 * Returns null when nothing is pending any more, else the first row that still waits. With nothing pending this
 * costs one outbox query and nothing else (the configuration is read only when there is a row to send).
 */
export function sendPendingFirst(
    deps: OutboxDeps & Pick<RoutingDeps, 'clock'>,
    interaction: InteractionRecord,
    supersede: Supersede = { operations: [], reason: '' }
): StillPending | null {
    const pending = deps.outbox.pendingFor(interaction.sysId).slice(0, MAX_PENDING_PER_INTERACTION)
    if (pending.length === 0) return null
    const isSuperseded = (row: OutboxRow) => supersede.operations.indexOf(row.operation) >= 0
    const toSend = pending.filter((row) => !isSuperseded(row))
    const settings = toSend.length > 0 ? readSettings(deps).settings : OUTBOX_DEFAULTS
    for (const row of toSend) {
        const nowMs = deps.clock.nowMs()
        const outcome = processRow(deps, row, interaction, nowMs, settings)
        if (outcome.kind === 'retried') {
            const waitSeconds = Math.max(1, Math.ceil((outcome.nextAttemptAtMs - nowMs) / 1000))
            return { row, waitSeconds, error: outcome.error }
        }
    }
    for (const row of pending.filter(isSuperseded)) supersedeRow(deps, row, interaction, supersede.reason)
    return null
}

/*
 * The gap left open on purpose: a row is marked done after Genesys accepted the call, not before. Marking it
 * done first would lose the update whenever the send then failed (the common case during an outage). The price:
 * if the transaction dies between Genesys's 2xx and markDone (node restart, transaction timeout), the row is still
 * pending and is sent again. For park, unpark and disconnect that repeat sets the same state again; a replayed
 * create_conversation would open a second conversation, which is why an unclear create never stays pending (it is
 * kept dead as 'uncertain'), leaving only this crash gap. The same holds when the job and an agent action send the
 * same pending row at the same moment (both read it as pending): the repeat is one of those idempotent calls, and a
 * create row is never sent by an agent action (its interaction is connected, so it already has a conversation).
 */
