import type { QueueMapping } from '../domain/queue-mappings'
import type { Result } from '../domain/result'
import type { RoutingEventType } from '../domain/routing-event'
import type { MachineStatus, RoutingStatus } from '../domain/routing-status'
import type { MappedAgent } from '../domain/transfer-targets'

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
    readonly contact: string | null
    readonly account: string | null
    readonly subject: string
    readonly parent: string | null
}

/** Fields a use case may change; the repository derives `state` from `status`. */
export type InteractionChanges = Partial<
    Pick<
        InteractionRecord,
        'status' | 'owner' | 'conversationId' | 'participantId' | 'communicationId' | 'queueId' | 'pendingTarget'
    >
>

export interface NewInteraction {
    readonly subject: string
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
    findByConversationId(conversationId: string): InteractionRecord | null
    /** Inserts a queued interaction (type email, state new); an error when the platform refused the insert. */
    create(draft: NewInteraction): Result<InteractionRecord, DataError>
    update(sysId: string, changes: InteractionChanges): void
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

export type OutboxOperation =
    | 'create_conversation'
    | 'park'
    | 'unpark'
    | 'transfer_to_queue'
    | 'transfer_to_agent'
    | 'disconnect'
    | 'apply_wrapup'

export interface OutboxItem {
    readonly interaction: string
    readonly operation: OutboxOperation
    /** JSON of the Genesys call's arguments. */
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

export interface OutboxStore {
    enqueue(item: OutboxItem, nextAttemptAtMs: number, lastError: string | null): void
    /** Pending rows whose next attempt is due, oldest first. */
    due(nowMs: number, limit: number): readonly OutboxRow[]
    markDone(sysId: string): void
    markRetry(sysId: string, attempts: number, nextAttemptAtMs: number, lastError: string): void
    markDead(sysId: string, attempts: number, lastError: string): void
    /**
     * The interaction's pending rows, due or not, oldest first: what must reach Genesys before a newer action on the
     * same conversation. Queried by field (addQuery), never by an encoded query built from the id.
     */
    pendingFor(interactionSysId: string): readonly OutboxRow[]
    /**
     * Stores an update nothing may send automatically (Genesys refused it, or may already have processed it):
     * dead at once with its last error, so an admin sees it in x_gcer_outbox and can Retry it after checking.
     * Ignored, like enqueue, when the idempotency key is already stored.
     */
    enqueueDead(item: OutboxItem, lastError: string): void
    /** Not sent because a later update made it pointless (a disconnect after a pending un-park): done, reason kept. */
    markSuperseded(sysId: string, reason: string): void
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
