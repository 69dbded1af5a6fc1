import { ok, err } from '../../../src/domain/result'
import type { MappedAgent } from '../../../src/domain/transfer-targets'
import type {
    AgentDirectory,
    CaseDraft,
    CaseService,
    Clock,
    ConfigProblem,
    ConfigSource,
    DataError,
    InteractionChanges,
    InteractionRecord,
    InteractionRepository,
    NewInteraction,
    Notifier,
    OutboxClaim,
    OutboxItem,
    OutboxRow,
    OutboxRowOutcome,
    OutboxStore,
    RoutingConfig,
    RoutingEventEntry,
    RoutingEventLog,
} from '../../../src/app/ports'

/** Plain in-memory ports: what the Glide adapters do, minus Glide. */

/** What the Glide adapters answer when the platform refuses an insert. */
const refusedInsert = (table: string): DataError => ({
    code: 'insert_failed',
    table,
    message: `the ${table} record was not inserted (a business rule or data policy refused it)`,
})

export function inMemoryInteractions(seed: readonly InteractionRecord[] = []) {
    const rows = new Map<string, InteractionRecord>(seed.map((r) => [r.sysId, r]))
    let next = 1
    let refusing = false
    const repo: InteractionRepository & { rows: Map<string, InteractionRecord>; refuseCreates(): void } = {
        rows,
        /** From now on create() fails as the platform does when a business rule aborts the insert. */
        refuseCreates: () => void (refusing = true),
        get: (sysId) => rows.get(sysId) ?? null,
        // Newest first, as the Glide repository orders by sys_created_on (a follow-up takes the conversation over).
        findByConversationId: (id) => [...rows.values()].reverse().find((r) => r.conversationId === id) ?? null,
        create(draft: NewInteraction) {
            if (refusing) return err(refusedInsert('interaction'))
            const sysId = `new-interaction-${next}`
            const record: InteractionRecord = {
                sysId,
                number: `IMS${String(9000 + next++)}`,
                status: 'queued',
                owner: null,
                conversationId: draft.conversationId,
                participantId: null,
                communicationId: null,
                queueId: draft.queueId,
                pendingTarget: null,
                parkedUntil: null,
                confirmedAtMs: null,
                contact: draft.contact,
                account: draft.account,
                subject: draft.subject,
                parent: draft.parent,
            }
            rows.set(sysId, record)
            return ok(record)
        },
        update(sysId: string, changes: InteractionChanges) {
            const row = rows.get(sysId)
            if (!row) throw new Error(`update of missing interaction ${sysId}`)
            rows.set(sysId, { ...row, ...changes })
        },
        listUnconfirmed(confirmedBeforeMs: number, limit: number) {
            const due = (statuses: string[]) =>
                [...rows.values()]
                    .filter((r) => statuses.includes(r.status) && r.conversationId)
                    .filter((r) => r.confirmedAtMs === null || r.confirmedAtMs < confirmedBeforeMs)
                    .sort((a, b) => (a.confirmedAtMs ?? -1) - (b.confirmedAtMs ?? -1))
            return [...due(['queued']), ...due(['connected', 'parked'])].slice(0, limit)
        },
    }
    return repo
}

export function inMemoryDirectory(agents: readonly MappedAgent[]): AgentDirectory {
    return {
        findByGenesysUserId: (id) => agents.find((a) => a.genesysUserId === id) ?? null,
        findBySysId: (id) => agents.find((a) => a.userSysId === id) ?? null,
        listMappedAgents: () => agents,
    }
}

export function inMemoryEventLog() {
    const entries: RoutingEventEntry[] = []
    const log: RoutingEventLog & { entries: RoutingEventEntry[] } = {
        entries,
        record: (entry) => void entries.push(entry),
        hasExternalId: (id) => entries.some((e) => e.externalId === id),
    }
    return log
}

/**
 * The outbox as the Glide store behaves: a repeated idempotency key is ignored (unique index), rows keep insertion
 * order, and a row is sent only by the worker that claimed it until the claim is recorded, released or expires.
 */
export function inMemoryOutbox() {
    type Row = OutboxRow & { claimedBy: string | null; claimedUntilMs: number }
    const rows: Row[] = []
    const replace = (sysId: string, changes: Partial<Row>) => {
        const index = rows.findIndex((r) => r.sysId === sysId)
        if (index >= 0) rows[index] = { ...rows[index], ...changes }
    }
    /** Rows keep creation order: an older pending row of the same interaction goes first. */
    const olderPending = (r: Row) =>
        rows.slice(0, rows.indexOf(r)).some((o) => o.state === 'pending' && o.interaction === r.interaction)
    const free = (r: Row, nowMs: number) => r.claimedBy === null || r.claimedUntilMs < nowMs
    const claimRow = (r: Row, nowMs: number, claim: OutboxClaim): OutboxRow | null => {
        if (r.state !== 'pending' || !free(r, nowMs)) return null
        replace(r.sysId, { claimedBy: claim.claimant, claimedUntilMs: claim.untilMs })
        return rows.find((x) => x.sysId === r.sysId) ?? null
    }
    const store: OutboxStore & { rows: Row[] } = {
        rows,
        add(item: OutboxItem, state, dueAtMs, lastError) {
            if (rows.some((r) => r.idempotencyKey === item.idempotencyKey)) return
            rows.push({
                ...item,
                sysId: `outbox-${rows.length + 1}`,
                attempts: 0,
                nextAttemptAtMs: dueAtMs,
                lastError,
                state,
                claimedBy: null,
                claimedUntilMs: 0,
            })
        },
        claimDue: (nowMs, limit, claim) =>
            rows
                .filter((r) => r.state === 'pending' && r.nextAttemptAtMs <= nowMs && free(r, nowMs))
                .filter((r) => !olderPending(r))
                .sort((a, b) => a.nextAttemptAtMs - b.nextAttemptAtMs)
                .slice(0, limit)
                .map((r) => claimRow(r, nowMs, claim))
                .filter((r): r is OutboxRow => r !== null),
        claimPendingFor(interactionSysId, nowMs, claim) {
            const pending = rows.filter((r) => r.state === 'pending' && r.interaction === interactionSysId)
            const claimed = pending.map((r) => claimRow(r, nowMs, claim)).filter((r): r is OutboxRow => r !== null)
            return { rows: claimed, busy: pending.length - claimed.length }
        },
        record(sysId, outcome: OutboxRowOutcome) {
            const note = outcome.state === 'done' ? outcome.note : outcome.lastError
            replace(sysId, {
                state: outcome.state,
                attempts: outcome.attempts,
                ...(outcome.state === 'pending' ? { nextAttemptAtMs: outcome.nextAttemptAtMs } : {}),
                ...(note !== null ? { lastError: note } : {}),
                claimedBy: null,
                claimedUntilMs: 0,
            })
        },
        release: (sysIds) => sysIds.forEach((sysId) => replace(sysId, { claimedBy: null, claimedUntilMs: 0 })),
        requeue(sysId, nowMs) {
            const row = rows.find((r) => r.sysId === sysId)
            if (!row || row.state !== 'dead') return null
            replace(sysId, {
                state: 'pending',
                attempts: 0,
                nextAttemptAtMs: nowMs,
                claimedBy: null,
                claimedUntilMs: 0,
            })
            return rows.find((r) => r.sysId === sysId) ?? null
        },
        get: (sysId) => rows.find((r) => r.sysId === sysId) ?? null,
    }
    return store
}

export function inMemoryCases() {
    const created: (CaseDraft & { sysId: string; number: string })[] = []
    let refusing = false
    const service: CaseService & { created: typeof created; refuseCreates(): void } = {
        created,
        /** From now on createAndLink() fails as the platform does when a business rule aborts the insert. */
        refuseCreates: () => void (refusing = true),
        createAndLink(draft) {
            if (refusing) return err(refusedInsert('sn_customerservice_case'))
            const made = { ...draft, sysId: `case-${created.length + 1}`, number: `CS000${created.length + 1}` }
            created.push(made)
            return ok({ sysId: made.sysId, number: made.number })
        },
    }
    return service
}

export function recordingNotifier() {
    const sent: { interaction: string; caseSysId: string; caseNumber: string }[] = []
    const notifier: Notifier & { sent: typeof sent } = {
        sent,
        caseCreated: (interaction, caseSysId, caseNumber) => void sent.push({ interaction, caseSysId, caseNumber }),
    }
    return notifier
}

export function fakeClock(startMs = Date.UTC(2025, 0, 6, 9, 0, 0)) {
    let now = startMs
    const clock: Clock & { advanceSeconds(s: number): void; set(ms: number): void } = {
        nowMs: () => now,
        advanceSeconds: (s) => void (now += s * 1000),
        set: (ms) => void (now = ms),
    }
    return clock
}

/** A config source whose value tests can swap for a problem (a malformed property). */
export function settableConfig(config: RoutingConfig) {
    let current: RoutingConfig | ConfigProblem = config
    let reads = 0
    const source: ConfigSource & {
        reads(): number
        set(c: RoutingConfig): void
        breakWith(p: ConfigProblem): void
    } = {
        read() {
            reads++
            return 'property' in current ? err(current) : ok(current)
        },
        reads: () => reads,
        set: (c) => void (current = c),
        breakWith: (p) => void (current = p),
    }
    return source
}
