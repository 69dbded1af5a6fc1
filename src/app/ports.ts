import type { QueueMapping } from '../domain/queue-mappings'
import type { Result } from '../domain/result'
import type { RoutingEventType } from '../domain/routing-event'
import type { MachineStatus, RoutingStatus } from '../domain/routing-status'
import type { MappedAgent } from '../domain/transfer-targets'
import type { GenesysCommandKind } from '../domain/genesys-command'

/**
 * What the use cases need from the platform. src/platform implements these over Glide;
 * tests implement them over in-memory Glide fakes. Nothing here knows about GlideRecord.
 */

/** The routing view of one `interaction` row. Ids are sys_ids unless named genesys/conversation. */
export interface InteractionRecord {
    readonly sysId: string
    readonly number: string
    readonly status: RoutingStatus
    /** assigned_to */
    readonly owner: string | null
    readonly conversationId: string | null
    readonly participantId: string | null
    readonly communicationId: string | null
    readonly queueId: string | null
    /** `queue:<id>` / `agent:<id>` while a transfer waits for Genesys to assign someone. */
    readonly pendingTarget: string | null
    /** Resume time of a park the agent asked for (ISO-8601), while parked. */
    readonly parkedUntil: string | null
    /** When a read of the Genesys conversation last confirmed the routing state (epoch ms); null: never. */
    readonly confirmedAtMs: number | null
    readonly contact: string | null
    readonly account: string | null
    readonly subject: string
    readonly parent: string | null
}

/** Fields a use case may change; the repository derives `state` from `status`. */
export type InteractionChanges = Partial<
    Pick<
        InteractionRecord,
        | 'status'
        | 'owner'
        | 'conversationId'
        | 'participantId'
        | 'communicationId'
        | 'queueId'
        | 'pendingTarget'
        | 'parkedUntil'
        | 'confirmedAtMs'
    >
>

export interface NewInteraction {
    readonly subject: string
    /** Set when a reply to a closed interaction follows that conversation. */
    readonly conversationId: string | null
    readonly contact: string | null
    readonly account: string | null
    readonly parent: string | null
    readonly queueId: string
}

/**
 * A write the platform did not carry out (a business rule or data policy aborted the insert): plain data,
 * never a throw. `message` names the table, never the values.
 */
export interface DataError {
    readonly code: 'insert_failed'
    readonly table: string
    readonly message: string
}

export interface InteractionRepository {
    get(sysId: string): InteractionRecord | null
    /** The newest routed interaction following the conversation (a follow-up takes it over from a closed one). */
    findByConversationId(conversationId: string): InteractionRecord | null
    /** Inserts a queued interaction (type email, state new); an error when the platform refused the insert. */
    create(draft: NewInteraction): Result<InteractionRecord, DataError>
    update(sysId: string, changes: InteractionChanges): void
    /**
     * Queued, connected or parked interactions with a conversation whose Genesys state was last confirmed before
     * `confirmedBeforeMs` (or never), queued ones first, then least recently confirmed: what the reconciler reads.
     */
    listUnconfirmed(confirmedBeforeMs: number, limit: number): readonly InteractionRecord[]
}

export interface AgentDirectory {
    findByGenesysUserId(genesysUserId: string): MappedAgent | null
    findBySysId(userSysId: string): MappedAgent | null
    listMappedAgents(): readonly MappedAgent[]
}

export type RoutingOutcome = 'applied' | 'unchanged' | 'rejected' | 'deferred' | 'failed'

/** One row of x_gcer_routing_event: the interaction's routing history. */
export interface RoutingEventEntry {
    readonly interaction: string
    readonly event: RoutingEventType
    readonly fromStatus: MachineStatus
    readonly toStatus: MachineStatus
    readonly fromOwner: string | null
    readonly toOwner: string | null
    readonly target: string | null
    readonly actor: string | null
    readonly correlationId: string | null
    /** Genesys event id for notifications Genesys sends us: repeats are acknowledged, not re-applied. */
    readonly externalId: string | null
    readonly outcome: RoutingOutcome
    readonly message: string
}

export interface RoutingEventLog {
    record(entry: RoutingEventEntry): void
    hasExternalId(externalId: string): boolean
}

/** The Genesys command an outbox row carries (its `operation` column). */
export type OutboxOperation = GenesysCommandKind

export interface OutboxItem {
    readonly interaction: string
    readonly operation: OutboxOperation
    /** JSON of the routing event and the Genesys command (see outbox-payload.ts). */
    readonly payload: string
    /** Unique per logical update: a retried row never sends a second, different update. */
    readonly idempotencyKey: string
}

export interface OutboxRow extends OutboxItem {
    readonly sysId: string
    readonly attempts: number
    readonly nextAttemptAtMs: number
    readonly lastError: string | null
    readonly state: 'pending' | 'done' | 'dead'
}

/** Who may send a row, until when: a claim that is not released (the node died) expires. */
export interface OutboxClaim {
    readonly claimant: string
    readonly untilMs: number
}

/** What one attempt at a row came to; recording it releases the claim. */
export type OutboxRowOutcome =
    | { readonly state: 'done'; readonly attempts: number; readonly note: string | null }
    | {
          readonly state: 'pending'
          readonly attempts: number
          readonly nextAttemptAtMs: number
          readonly lastError: string
      }
    | { readonly state: 'dead'; readonly attempts: number; readonly lastError: string }

/**
 * x_gcer_outbox, shaped by its uses: add an update, claim rows before sending them (so two workers never send one
 * row), record what an attempt came to, and requeue a dead row on an admin's Retry.
 */
export interface OutboxStore {
    /** Ignored when the idempotency key is stored already (unique index: the same logical update). */
    add(item: OutboxItem, state: 'pending' | 'dead', dueAtMs: number, lastError: string | null): void
    /**
     * Claims up to `limit` pending rows due at `nowMs`, oldest due first: each is written under the condition that
     * nobody holds an unexpired claim, then read back; only rows that carry this claim are returned. A row waits
     * while an older pending row of its interaction exists: updates reach Genesys in the order they were made.
     */
    claimDue(nowMs: number, limit: number, claim: OutboxClaim): readonly OutboxRow[]
    /**
     * The interaction's pending rows, due or not, oldest first (queried by field, never by an encoded query built
     * from the id), each claimed as claimDue does; `busy` counts those another worker holds right now.
     */
    claimPendingFor(
        interactionSysId: string,
        nowMs: number,
        claim: OutboxClaim
    ): { readonly rows: readonly OutboxRow[]; readonly busy: number }
    record(sysId: string, outcome: OutboxRowOutcome): void
    /** Gives claimed rows back untouched (an agent action that stopped before reaching them). */
    release(sysIds: readonly string[]): void
    /** An admin's Retry: a dead row becomes pending, due now, with a fresh count; null when it is not dead. */
    requeue(sysId: string, nowMs: number): OutboxRow | null
    get(sysId: string): OutboxRow | null
}

export interface CaseDraft {
    readonly interaction: string
    readonly contact: string | null
    readonly account: string | null
    readonly shortDescription: string
    readonly description: string
}

export interface CaseService {
    /**
     * Creates the sn_customerservice_case and links it to the interaction (interaction_related_record).
     * An error when either insert was refused; then no case is left behind.
     */
    createAndLink(draft: CaseDraft): Result<{ readonly sysId: string; readonly number: string }, DataError>
}

export interface Notifier {
    /** Queues the event the "case created" email notification listens to. */
    caseCreated(interactionSysId: string, caseSysId: string, caseNumber: string): void
}

export interface Clock {
    nowMs(): number
}

/** Who is acting: an agent in Workspace, an admin, or Genesys through the integration user. */
export interface Actor {
    readonly userSysId: string
    readonly isAgent: boolean
    readonly isAdmin: boolean
    readonly isIntegration: boolean
}

/** Validated configuration read from x_gcer.* properties. */
export interface RoutingConfig {
    readonly provider: string
    readonly queues: readonly QueueMapping[]
    readonly defaultQueueId: string | null
    readonly caseCreatedWrapupCode: string
    readonly defaultWrapupCode: string
    readonly outboxMaxAttempts: number
    readonly outboxBaseDelaySeconds: number
}

/** Why the configuration cannot be used, e.g. a malformed x_gcer.genesys.queue_mappings value. */
export interface ConfigProblem {
    /** The property at fault (see src/platform/property-names.ts). */
    readonly property: string
    readonly message: string
}

/**
 * Reads and validates the x_gcer.* properties on each call (admins change them at run time).
 * A malformed value comes back as data, never as a throw; use cases that need no config never read it.
 */
export interface ConfigSource {
    read(): Result<RoutingConfig, ConfigProblem>
}
