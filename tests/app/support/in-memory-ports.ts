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
    OutboxItem,
    OutboxRow,
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
        findByConversationId: (id) => [...rows.values()].find((r) => r.conversationId === id) ?? null,
        create(draft: NewInteraction) {
            if (refusing) return err(refusedInsert('interaction'))
            const sysId = `new-interaction-${next}`
            const record: InteractionRecord = {
                sysId,
                number: `IMS${String(9000 + next++)}`,
                status: 'queued',
                owner: null,
                conversationId: null,
                participantId: null,
                communicationId: null,
                queueId: draft.queueId,
                pendingTarget: null,
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

/** Enqueue ignores a repeated idempotency key, as the Glide store does with its unique index; rows keep insertion order. */
export function inMemoryOutbox() {
    const rows: OutboxRow[] = []
    const replace = (sysId: string, changes: Partial<OutboxRow>) => {
        const index = rows.findIndex((r) => r.sysId === sysId)
        rows[index] = { ...rows[index], ...changes }
    }
    const store: OutboxStore & { rows: OutboxRow[] } = {
        rows,
        enqueue(item: OutboxItem, nextAttemptAtMs: number, lastError: string | null) {
            if (rows.some((r) => r.idempotencyKey === item.idempotencyKey)) return
            rows.push({
                ...item,
                sysId: `outbox-${rows.length + 1}`,
                attempts: 0,
                nextAttemptAtMs,
                lastError,
                state: 'pending',
            })
        },
        due: (nowMs, limit) =>
            rows
                .filter((r) => r.state === 'pending' && r.nextAttemptAtMs <= nowMs)
                .sort((a, b) => a.nextAttemptAtMs - b.nextAttemptAtMs)
                .slice(0, limit),
        markDone: (sysId) => replace(sysId, { state: 'done' }),
        markRetry: (sysId, attempts, nextAttemptAtMs, lastError) =>
            replace(sysId, { attempts, nextAttemptAtMs, lastError }),
        markDead: (sysId, attempts, lastError) => replace(sysId, { attempts, lastError, state: 'dead' }),
        pendingFor: (interactionSysId) =>
            rows.filter((r) => r.state === 'pending' && r.interaction === interactionSysId),
        enqueueDead(item: OutboxItem, lastError: string) {
            if (rows.some((r) => r.idempotencyKey === item.idempotencyKey)) return
            rows.push({
                ...item,
                sysId: `outbox-${rows.length + 1}`,
                attempts: 0,
                nextAttemptAtMs: 0,
                lastError,
                state: 'dead',
            })
        },
        markSuperseded: (sysId, reason) => replace(sysId, { state: 'done', lastError: reason }),
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
