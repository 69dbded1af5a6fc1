import type { GenesysCommand, GenesysCommandKind } from '../domain/genesys-command'
import { commandParticipant } from '../domain/genesys-command'
import type { RoutingEventType } from '../domain/routing-event'
import { isTerminal } from '../domain/routing-status'
import { isRetryableLater, type GenesysError } from '../genesys/genesys-error'
import { INTERACTION_ATTRIBUTE } from '../genesys/send-command'
import { isUnclearAnswer, settleByReading } from './unclear-answer'
import { sendCommand } from '../genesys/send-command'
import { retryDelaySeconds } from './backoff'
import { followUpOf } from './follow-up'
import { describeGenesysError } from './genesys-messages'
import { recordHistory, type HistoryFacts } from './history'
import { decodePayload, encodePayload } from './outbox-payload'
import type { InteractionRecord, OutboxClaim, OutboxRow } from './ports'
import type { RoutingDeps } from './routing-deps'

/**
 * The outbox: Genesys updates ServiceNow has already made its own and that must reach Genesys eventually.
 * Everything about a row lives here: sending it now or queueing it, claiming it before a send so two workers
 * never send one row, judging a failure, the scheduled run, the rows an agent action must send first, and an
 * admin's Retry.
 */
type Deps = Pick<RoutingDeps, 'outbox' | 'genesys' | 'interactions' | 'events' | 'config' | 'clock' | 'workerId'>

/** Used when the configuration cannot be read: a broken queue mapping must not stop pending disconnects. */
export const OUTBOX_DEFAULTS = { maxAttempts: 10, baseDelaySeconds: 30 } as const

/** A claim outlives the slowest send (one background attempt: 3 x x_gcer.http.timeout_ms, at most 60 s) and expires if its node dies. */
const CLAIM_MS = 120_000

/** Rows per scheduled run and time per run: with Genesys down each row can block up to the background budget. */
export const OUTBOX_BUDGET = { maxRows: 25, maxMs: 40_000 } as const

/** How the last_error of an update Genesys may already have carried out begins: an admin checks before Retry. */
const UNCERTAIN_PREFIX = 'uncertain: Genesys may have processed this request; check before Retry'

const ALREADY_DISCONNECTED_NOTE =
    'Genesys Cloud had already ended the agent participant, so there was nothing left to disconnect.'

/** A state-setting update sent again after no clear answer: the next refusal is checked by a read (see judge). */
const UNCLEAR_PREFIX = 'no clear answer'

const ALREADY_DONE_NOTE = 'Genesys Cloud had already carried it out, so there was nothing left to send.'

/** What an already-done update tells the agent and the history. */
const alreadyDoneNote = (kind: GenesysCommandKind) =>
    kind === 'disconnect' ? ALREADY_DISCONNECTED_NOTE : ALREADY_DONE_NOTE

const ADMIN_NOTIFIED = 'your administrator was notified through the Genesys outbox'

interface Settings {
    readonly maxAttempts: number
    readonly baseDelaySeconds: number
}

/**
 * What a failed update calls for, whoever sent it:
 * - already_done: nothing left to do (a disconnect whose participant Genesys no longer has: 404);
 * - uncertain: a request that is not safe to repeat failed without a clear answer (it could act twice);
 * - retry_later: Genesys did not process it and may later (429, 503, auth, timeout on an idempotent call ...);
 * - refused: it would fail the same way again (400 wrap-up code not valid for the queue, 403 ...).
 */
export type FailureVerdict =
    | { readonly verdict: 'already_done' }
    | { readonly verdict: 'uncertain' | 'check_first' | 'retry_later' | 'refused'; readonly lastError: string }

/**
 * - check_first: a create that got no clear answer (a 500 included). It stays pending, and before it is sent again
 *   the outbox looks for the conversation it may have made (by the attribute the create sets): never a second
 *   conversation for one email.
 */
function judgeFailure(kind: GenesysCommandKind, error: GenesysError): FailureVerdict {
    const described = describeGenesysError(error)
    // No token, so the request never reached Genesys: whatever it is, sending it later is safe.
    if (error.notSent) return { verdict: 'retry_later', lastError: described }
    if (kind === 'disconnect' && error.kind === 'not_found') return { verdict: 'already_done' }
    if (kind === 'create_conversation' && isUnclearAnswer(error))
        return { verdict: 'check_first', lastError: `${UNCERTAIN_PREFIX} (${described})` }
    // A request that is not safe to repeat and got no clear answer (a 500 included) is never resent by itself.
    if (error.maybeProcessed || (NOT_IDEMPOTENT.indexOf(kind) >= 0 && isUnclearAnswer(error)))
        return { verdict: 'uncertain', lastError: `${UNCERTAIN_PREFIX} (${described})` }
    // A request that sets a state (park, unpark, disconnect) is harmless to repeat, so an unclear answer to it (a 2xx
    // whose body cannot be read included) is sent again rather than given up.
    if (isUnclearAnswer(error)) return { verdict: 'retry_later', lastError: `${UNCLEAR_PREFIX} (${described})` }
    if (isRetryableLater(error)) return { verdict: 'retry_later', lastError: described }
    return { verdict: 'refused', lastError: described }
}

/** Commands that set a state on the agent participant: a read of the conversation says whether it holds. */
const SETS_STATE: readonly GenesysCommandKind[] = ['park', 'unpark', 'disconnect']

/**
 * judgeFailure, and a refusal that follows an attempt with no clear answer settled by reading the conversation:
 * Genesys may have carried out that attempt, and then refuses the repeat (the participant is already disconnected,
 * or already parked). Done then, not failed. One read, only in that case. `earlierUnclear`: this row's last attempt.
 */
function judge(
    deps: Pick<Deps, 'genesys'>,
    command: GenesysCommand,
    error: GenesysError,
    earlierUnclear: boolean
): FailureVerdict {
    const judged = judgeFailure(command.kind, error)
    if (judged.verdict !== 'refused' || SETS_STATE.indexOf(command.kind) < 0) return judged
    if (!earlierUnclear && !error.afterUnclearAttempt) return judged
    return settleByReading(deps, command) === 'done' ? { verdict: 'already_done' } : judged
}

/** Commands that would act twice if repeated: a chained reply would reach the conversation twice. */
const NOT_IDEMPOTENT: readonly GenesysCommandKind[] = ['chain_reply', 'transfer_to_queue', 'transfer_to_agent']

/**
 * Genesys analytics may take a while to show a new conversation [inferred: not documented]; an unclear create is
 * looked up no sooner than this, and only resent when the lookup finds nothing.
 */
const CREATE_SETTLE_SECONDS = 300

/** How an eventual update went; ServiceNow has already moved on either way. */
export interface Delivery {
    readonly outcome: 'applied' | 'deferred' | 'failed'
    /** A sentence to append to the agent-facing message; empty when Genesys accepted it. */
    readonly note: string
    readonly correlationId: string | null
    /** The conversation Genesys answered with (create_conversation, chain_reply). */
    readonly conversationId: string | null
}

export interface EventualUpdate {
    readonly interaction: Pick<InteractionRecord, 'sysId' | 'number'>
    readonly event: RoutingEventType
    readonly command: GenesysCommand
    /** Deterministic per logical update, so a repeated use case cannot queue a second, different call. */
    readonly idempotencyKey: string
    /** Earlier rows of the interaction still wait: this one queues behind them instead of overtaking them. */
    readonly behindEarlier: boolean
}

/** A throw from the client is a bug, not Genesys's answer: treated as retryable so nothing is lost. */
function sendSafely(deps: Deps, command: GenesysCommand, interaction: Pick<InteractionRecord, 'sysId' | 'number'>) {
    try {
        return sendCommand(deps.genesys, command, interaction)
    } catch (thrown) {
        const error: GenesysError = { kind: 'network', status: 0, message: `unexpected error: ${String(thrown)}` }
        return { ok: false as const, error }
    }
}

/**
 * Sends now (unless earlier rows wait). A retryable failure queues the same command, due after Genesys's
 * Retry-After; a refusal, or an unclear answer to a request that is not safe to repeat, is stored dead: never
 * resent automatically, but where an admin sees it and can Retry. ServiceNow keeps its change either way.
 */
export function deliverEventually(deps: Deps, update: EventualUpdate): Delivery {
    const item = {
        interaction: update.interaction.sysId,
        operation: update.command.kind,
        payload: encodePayload(update.event, update.command),
        idempotencyKey: update.idempotencyKey,
    }
    const nowMs = deps.clock.nowMs()
    if (update.behindEarlier) {
        deps.outbox.add(item, 'pending', nowMs, null)
        const note = 'An earlier update to Genesys Cloud is still waiting, so this one will be sent right after it.'
        return { outcome: 'deferred', note, correlationId: null, conversationId: null }
    }
    const sent = sendSafely(deps, update.command, update.interaction)
    if (sent.ok) return { outcome: 'applied', note: '', correlationId: null, conversationId: sent.value }
    const error = sent.error
    const correlationId = error.correlationId ?? null
    const judged = judge(deps, update.command, error, false)
    if (judged.verdict === 'already_done')
        return { outcome: 'applied', note: alreadyDoneNote(update.command.kind), correlationId, conversationId: null }
    if (judged.verdict === 'check_first') {
        deps.outbox.add(item, 'pending', nowMs + CREATE_SETTLE_SECONDS * 1000, judged.lastError)
        return {
            outcome: 'deferred',
            note: `Genesys Cloud gave no clear answer (${error.kind}); ServiceNow checks whether Genesys created the conversation before it asks again, so the email is never routed twice.`,
            correlationId,
            conversationId: null,
        }
    }
    if (judged.verdict === 'retry_later') {
        deps.outbox.add(item, 'pending', nowMs + (error.retryAfterSeconds ?? 0) * 1000, judged.lastError)
        return {
            outcome: 'deferred',
            note: `Genesys Cloud is not available right now (${error.kind}); the update will be sent to Genesys when it is available.`,
            correlationId,
            conversationId: null,
        }
    }
    deps.outbox.add(item, 'dead', nowMs, judged.lastError)
    const note =
        judged.verdict === 'uncertain'
            ? `Genesys Cloud gave no clear answer (${error.kind}) and may have carried out the update, so it is not sent again automatically; ${ADMIN_NOTIFIED} to check Genesys Cloud before retrying it.`
            : `Genesys Cloud did not accept the update (${judged.lastError}), so Genesys was not updated; ${ADMIN_NOTIFIED} and can retry it once the cause is fixed.`
    return { outcome: 'failed', note, correlationId, conversationId: null }
}

const words = (kind: string) => kind.replace(/_/g, ' ')

/**
 * Why sending the row now would act on something that is no longer there, or null to send it: after a transfer
 * or a new assignment an old un-park or disconnect would hit a replaced participant, and a create for an
 * interaction that already has a conversation would open a second one.
 */
function staleReason(command: GenesysCommand, interaction: InteractionRecord | null): string | null {
    if (!interaction) return null
    const participant = commandParticipant(command)
    if (participant !== null && participant !== interaction.participantId) return 'superseded: participant changed'
    if (command.kind === 'create_conversation' && interaction.conversationId)
        return 'superseded: the interaction already has a Genesys conversation'
    return null
}

type RowResult =
    | { readonly kind: 'delivered' | 'dead' }
    | { readonly kind: 'retried'; readonly nextAttemptAtMs: number; readonly error: GenesysError }

/** One attempt at one claimed row: what its failure and follow-up paths record against. */
interface Attempt {
    readonly row: OutboxRow
    /** This attempt's number (the row's attempts so far + 1). */
    readonly attempts: number
    readonly settings: Settings
    /** A routing-event row on the row's interaction (none when the interaction is gone). */
    readonly history: (facts: Omit<HistoryFacts, 'event'>) => void
}

/** One attempt at one claimed row, with all of its bookkeeping; history rows go to its interaction. */
function processRow(deps: Deps, row: OutboxRow, interaction: InteractionRecord | null, settings: Settings): RowResult {
    const payload = decodePayload(row)
    if (!payload.ok) {
        deps.outbox.record(row.sysId, {
            state: 'dead',
            attempts: row.attempts,
            lastError: `unusable outbox row: ${payload.error}`,
        })
        return { kind: 'dead' }
    }
    const { event, command } = payload.value
    const history = (facts: Omit<HistoryFacts, 'event'>) => {
        if (interaction) recordHistory(deps.events, interaction.sysId, interaction, { event, ...facts })
    }
    const stale = staleReason(command, interaction)
    if (stale) {
        deps.outbox.record(row.sysId, { state: 'dead', attempts: row.attempts, lastError: stale })
        history({
            outcome: 'unchanged',
            message: `The queued ${words(row.operation)} update was not sent to Genesys Cloud: it no longer applies (${stale}).`,
        })
        return { kind: 'dead' }
    }
    const attempts = row.attempts + 1
    const attempt: Attempt = { row, attempts, settings, history }
    if (command.kind === 'chain_reply' && interaction && isTerminal(interaction.status))
        return replyAfterClose(deps, attempt, interaction, command)
    const subject = interaction ?? { sysId: row.interaction, number: '' }
    if (command.kind === 'create_conversation' && (row.lastError || '').indexOf(UNCERTAIN_PREFIX) === 0) {
        const found = findCreated(deps, row.interaction)
        if (found.kind === 'found') {
            deps.outbox.record(row.sysId, {
                state: 'done',
                attempts,
                note: `found conversation ${found.conversationId}`,
            })
            if (interaction) deps.interactions.update(interaction.sysId, { conversationId: found.conversationId })
            history({
                outcome: 'applied',
                message: `Genesys Cloud had created conversation ${found.conversationId} for this email after all; the interaction follows it and the email was not routed a second time.`,
            })
            return { kind: 'delivered' }
        }
        if (found.kind === 'unknown') {
            const delay = retryDelaySeconds(attempts, settings.baseDelaySeconds, found.error.retryAfterSeconds)
            const nextAttemptAtMs = deps.clock.nowMs() + delay * 1000
            const lastError = `${UNCERTAIN_PREFIX} (the lookup failed: ${describeGenesysError(found.error)})`
            deps.outbox.record(row.sysId, { state: 'pending', attempts, nextAttemptAtMs, lastError })
            return { kind: 'retried', nextAttemptAtMs, error: found.error }
        }
    }
    const sent = sendSafely(deps, command, subject)
    if (sent.ok) {
        // Recorded right after Genesys accepted it; the note at the end of this file explains the gap this leaves.
        deps.outbox.record(row.sysId, { state: 'done', attempts, note: null })
        if (sent.value && interaction && interaction.conversationId !== sent.value)
            deps.interactions.update(interaction.sysId, { conversationId: sent.value })
        history({
            outcome: 'applied',
            message: `The queued ${words(row.operation)} update reached Genesys Cloud (attempt ${attempts}).`,
        })
        return { kind: 'delivered' }
    }
    return afterFailure(deps, attempt, command, sent.error)
}

/** A failed attempt at a row: judged, recorded (retried, dead, or done after all) and told in the history. */
function afterFailure(deps: Deps, attempt: Attempt, command: GenesysCommand, error: GenesysError): RowResult {
    const { row, attempts, settings, history } = attempt
    const judged = judge(deps, command, error, (row.lastError || '').indexOf(UNCLEAR_PREFIX) === 0)
    const correlationId = error.correlationId ?? null
    if (judged.verdict === 'already_done') {
        deps.outbox.record(row.sysId, { state: 'done', attempts, note: null })
        const message = `The queued ${words(row.operation)} update was not needed: ${alreadyDoneNote(command.kind)}`
        history({ outcome: 'applied', message, correlationId })
        return { kind: 'delivered' }
    }
    if ((judged.verdict === 'retry_later' || judged.verdict === 'check_first') && attempts < settings.maxAttempts) {
        const delay =
            judged.verdict === 'check_first'
                ? CREATE_SETTLE_SECONDS
                : retryDelaySeconds(attempts, settings.baseDelaySeconds, error.retryAfterSeconds)
        const nextAttemptAtMs = deps.clock.nowMs() + delay * 1000
        deps.outbox.record(row.sysId, { state: 'pending', attempts, nextAttemptAtMs, lastError: judged.lastError })
        return { kind: 'retried', nextAttemptAtMs, error }
    }
    deps.outbox.record(row.sysId, { state: 'dead', attempts, lastError: judged.lastError })
    const why =
        judged.verdict === 'retry_later' || judged.verdict === 'check_first'
            ? `could not be sent to Genesys Cloud after ${attempts} attempts`
            : judged.verdict === 'uncertain'
              ? 'got no clear answer from Genesys Cloud, which may have carried it out, so it will not be sent again automatically'
              : 'was refused by Genesys Cloud and will not be retried'
    const message = `The queued ${words(row.operation)} update ${why} (${judged.lastError}); an administrator can retry it from the Genesys outbox.`
    history({ outcome: 'failed', message, correlationId })
    return { kind: 'dead' }
}

/** Looks for the conversation an unclear create may have made, by the interaction id the create carried. */
function findCreated(
    deps: Deps,
    interactionSysId: string
):
    | { readonly kind: 'found'; readonly conversationId: string }
    | { readonly kind: 'none' }
    | { readonly kind: 'unknown'; readonly error: GenesysError } {
    const since = new Date(deps.clock.nowMs() - 7 * 24 * 3600 * 1000).toISOString()
    const found = deps.genesys.findEmailConversationByAttribute(INTERACTION_ATTRIBUTE, interactionSysId, since)
    if (!found.ok) return { kind: 'unknown', error: found.error }
    return found.value ? { kind: 'found', conversationId: found.value } : { kind: 'none' }
}

/**
 * A reply queued while its interaction was open reaches Genesys after the interaction closed (Genesys ended the
 * conversation meanwhile): Genesys routes the conversation again when the reply joins it, so, as for a reply to a
 * closed interaction, a new interaction linked to the closed one follows the conversation from now on.
 */
function replyAfterClose(
    deps: Deps,
    attempt: Attempt,
    closed: InteractionRecord,
    command: Extract<GenesysCommand, { kind: 'chain_reply' }>
): RowResult {
    // A follow-up made by an earlier attempt of this row follows the conversation already: never a second one.
    const following = deps.interactions.findByConversationId(command.conversationId)
    if (following && following.sysId !== closed.sysId && !isTerminal(following.status))
        return sendForFollowUp(deps, attempt, closed, following, command)
    const opened = deps.interactions.create(
        followUpOf(closed, command.conversationId, command.queueId, command.email.subject)
    )
    if (!opened.ok) {
        const lastError = `the follow-up interaction could not be created: ${opened.error.message}`
        deps.outbox.record(attempt.row.sysId, { state: 'dead', attempts: attempt.row.attempts, lastError })
        return { kind: 'dead' }
    }
    return sendForFollowUp(deps, attempt, closed, opened.value, command)
}

function sendForFollowUp(
    deps: Deps,
    attempt: Attempt,
    closed: InteractionRecord,
    followUp: InteractionRecord,
    command: Extract<GenesysCommand, { kind: 'chain_reply' }>
): RowResult {
    const sent = sendSafely(deps, command, followUp)
    // Judged like any reply: an unclear answer is never resent by itself (it could reach the customer's conversation
    // twice). A retry stays on the closed interaction's row: the next attempt finds the follow-up and sends for it.
    if (!sent.ok) return afterFailure(deps, attempt, command, sent.error)
    deps.outbox.record(attempt.row.sysId, {
        state: 'done',
        attempts: attempt.attempts,
        note: `sent for follow-up ${followUp.number}`,
    })
    recordHistory(
        deps.events,
        followUp.sysId,
        { status: 'none', owner: null },
        {
            event: 'customer_reply',
            outcome: 'applied',
            message: `The customer's reply to ${closed.number} reached Genesys Cloud after ${closed.number} was ${closed.status}, so ${followUp.number} was created; it follows conversation ${command.conversationId}, which Genesys routes.`,
        },
        followUp
    )
    return { kind: 'delivered' }
}

function readSettings(deps: Pick<Deps, 'config'>): { settings: Settings; problem: string | null } {
    const config = deps.config.read()
    if (!config.ok) return { settings: OUTBOX_DEFAULTS, problem: `${config.error.property}: ${config.error.message}` }
    const { outboxMaxAttempts: maxAttempts, outboxBaseDelaySeconds: baseDelaySeconds } = config.value
    return { settings: { maxAttempts, baseDelaySeconds }, problem: null }
}

function claimFor(deps: Deps): OutboxClaim {
    return { claimant: deps.workerId, untilMs: deps.clock.nowMs() + CLAIM_MS }
}

export interface OutboxRunReport {
    readonly examined: number
    readonly delivered: number
    readonly retried: number
    readonly dead: number
    /** Set when the defaults were used because the configuration could not be read. */
    readonly configProblem: string | null
}

/** Sends up to `limit` due rows once each (claimed first); the configuration is read once. */
export function processDue(deps: Deps, limit: number): OutboxRunReport {
    const { settings, problem } = readSettings(deps)
    const counts = { examined: 0, delivered: 0, retried: 0, dead: 0 }
    for (const row of deps.outbox.claimDue(deps.clock.nowMs(), limit, claimFor(deps))) {
        counts.examined++
        const interaction = row.interaction ? deps.interactions.get(row.interaction) : null
        counts[processRow(deps, row, interaction, settings).kind]++
    }
    return { ...counts, configProblem: problem }
}

/** The scheduled run: one row at a time until none is due, the row cap, or the time budget is reached. */
export function runOutbox(
    deps: Deps,
    budget: { readonly maxRows: number; readonly maxMs: number } = OUTBOX_BUDGET
): OutboxRunReport {
    const started = deps.clock.nowMs()
    const total = { examined: 0, delivered: 0, retried: 0, dead: 0 }
    let configProblem: string | null = null
    while (total.examined < budget.maxRows && deps.clock.nowMs() - started < budget.maxMs) {
        const run = processDue(deps, 1)
        configProblem = run.configProblem
        if (run.examined === 0) break
        total.examined += run.examined
        total.delivered += run.delivered
        total.retried += run.retried
        total.dead += run.dead
    }
    return { ...total, configProblem }
}

/** An earlier update of the interaction that could not be sent yet, so a newer action must wait for it. */
export interface StillPending {
    /** Until the outbox tries it again. */
    readonly waitSeconds: number
    readonly error: GenesysError | null
}

/** Commands a newer one makes pointless: not sent, done with the reason (un-parks before a disconnect). */
export interface Supersede {
    readonly kinds: readonly GenesysCommandKind[]
    readonly reason: string
}

export const NOTHING_SUPERSEDED: Supersede = { kinds: [], reason: '' }

/**
 * Before a newer command reaches the interaction's conversation: its pending rows go first, oldest first, so a
 * late un-park never lands after the agent's Hold. Rows `supersede` names are not sent but closed with the
 * reason once every other row went through. Null when nothing waits any more, else how long the first one waits
 * (a row another worker is sending right now waits too). With nothing pending: one query, nothing else.
 */
export function sendPendingFirst(
    deps: Deps,
    interaction: InteractionRecord,
    supersede: Supersede = NOTHING_SUPERSEDED
): StillPending | null {
    const claim = claimFor(deps)
    const { rows, busy } = deps.outbox.claimPendingFor(interaction.sysId, deps.clock.nowMs(), claim)
    if (rows.length === 0 && busy === 0) return null
    const isSuperseded = (row: OutboxRow) => supersede.kinds.indexOf(row.operation) >= 0
    const toSend = rows.filter((row) => !isSuperseded(row))
    const settings = toSend.length > 0 ? readSettings(deps).settings : OUTBOX_DEFAULTS
    for (let i = 0; i < toSend.length; i++) {
        const outcome = processRow(deps, toSend[i], interaction, settings)
        if (outcome.kind === 'retried') {
            // The rest stay pending as they were: unclaimed, so the next attempt (job or agent) may take them.
            deps.outbox.release([...toSend.slice(i + 1), ...rows.filter(isSuperseded)].map((row) => row.sysId))
            const waitSeconds = Math.max(1, Math.ceil((outcome.nextAttemptAtMs - deps.clock.nowMs()) / 1000))
            return { waitSeconds, error: outcome.error }
        }
    }
    for (const row of rows.filter(isSuperseded)) {
        deps.outbox.record(row.sysId, { state: 'done', attempts: row.attempts, note: supersede.reason })
        const payload = decodePayload(row)
        recordHistory(deps.events, interaction.sysId, interaction, {
            event: payload.ok ? payload.value.event : 'disconnect',
            outcome: 'unchanged',
            message: `The queued ${words(row.operation)} update was not sent to Genesys Cloud (${supersede.reason}).`,
        })
    }
    return busy > 0 ? { waitSeconds: Math.ceil(CLAIM_MS / 1000), error: null } : null
}

export type RetryResult =
    { readonly ok: true; readonly message: string } | { readonly ok: false; readonly message: string }

/**
 * An admin gives a dead update another full round of attempts (after fixing the credential, a wrap-up code ...).
 * Only dead rows: a pending row is already being retried, and a done row must never be sent twice.
 */
export function retryDeadRow(deps: Deps, rowSysId: string): RetryResult {
    const row = deps.outbox.requeue(rowSysId, deps.clock.nowMs())
    if (!row) return { ok: false, message: 'Only a dead Genesys update can be retried; this one is not dead.' }
    return { ok: true, message: 'Queued again: the outbox job sends it within a minute.' }
}

/*
 * The gap left open on purpose: a row is marked done after Genesys accepted the call, not before. Marking it done
 * first would lose the update whenever the send then failed (the common case during an outage). The price: if the
 * transaction dies between Genesys's 2xx and the record (node restart), the row's claim expires and it is sent
 * again. For park, unpark and disconnect that repeat sets the same state again; a replayed create would open a
 * second conversation, which is why an unclear create is never resent without checking Genesys first.
 */
