import type { GenesysCommand, LocalCommand, RoutingCommand } from '../domain/genesys-command'
import { err, ok, type Result } from '../domain/result'
import { NO_INTERACTION, transition, type Transition } from '../domain/routing-machine'
import type { RoutingEvent, RoutingEventType } from '../domain/routing-event'
import { sendCommand } from '../genesys/send-command'
import { appError, type AppError } from './app-error'
import { caseDraftFrom } from './case-draft'
import { genesysFirstFailure } from './genesys-messages'
import { isUnclearAnswer, settleByReading } from './unclear-answer'
import { merged, NOTHING, recordHistory, type Side } from './history'
import { deliverEventually, sendPendingFirst, NOTHING_SUPERSEDED, type Delivery, type Supersede } from './outbox'
import type { Actor, InteractionChanges, InteractionRecord, NewInteraction, RoutingOutcome } from './ports'
import type { RoutingDeps } from './routing-deps'

export interface CaseRef {
    readonly sysId: string
    readonly number: string
}

/** How the agent (or the history) is told what happened. */
export interface Wording {
    /** What Genesys is asked to do, for a refusal: "park the email". */
    readonly action: string
    /** The sentence after success; gets the interaction as it stands and the case Create Case made. */
    readonly done: (made: { readonly interaction: InteractionRecord; readonly case: CaseRef | null }) => string
    /** The sentence when nothing changed and nothing was sent. */
    readonly unchanged?: string
}

/** An existing interaction, or the draft of the one a new email opens (persist = insert). */
export type Subject =
    | { readonly kind: 'existing'; readonly record: InteractionRecord }
    | { readonly kind: 'new'; readonly draft: Omit<NewInteraction, 'conversationId' | 'queueId'> }

export interface TransitionRequest {
    readonly subject: Subject
    readonly event: RoutingEvent
    /** The routing-event row's event (a reply that opens a follow-up is recorded as customer_reply). */
    readonly recordAs?: RoutingEventType
    readonly actor: Actor | null
    readonly say: Wording
    /** Genesys's event key, for notifications: repeats are acknowledged, not re-applied. */
    readonly externalId?: string | null
    /** History's transfer target (`queue:<id>`). */
    readonly target?: string | null
    /** Makes eventual commands' idempotency keys unique per cause (the reply's sys_email id). */
    readonly cause?: string | null
    /** Create Case's description; a follow-up's customer email. */
    readonly caseDescription?: string | null
    readonly followUp?: (closed: InteractionRecord) => Result<Ran, AppError>
    /** For a read of Genesys: when it confirmed the routing state (written even when nothing else changes); null: read it again soon. */
    readonly confirmedAtMs?: number | null
    /** False for the reconciler's reads: a read that changes nothing leaves no history row. */
    readonly recordUnchanged?: boolean
}

export interface Ran {
    /** The interaction as it stands after the transition (a reply to a closed one: the follow-up). */
    readonly interaction: InteractionRecord
    readonly outcome: Exclude<RoutingOutcome, 'rejected'>
    readonly message: string
    readonly case: CaseRef | null
}

/** The agent actions: without a Genesys participant, their message says nothing was sent to Genesys. */
const AGENT_EVENTS: readonly RoutingEventType[] = ['hold', 'resume', 'transfer', 'disconnect', 'create_case']

/** A disconnect makes pending parks and un-parks of the same participant pointless. */
const DISCONNECT_SUPERSEDES: Supersede = {
    kinds: ['park', 'unpark'],
    reason: 'superseded: the agent disconnected the participant, so parking it no longer matters',
}

const NOT_LINKED_NOTE = 'It has no Genesys Cloud participant, so nothing was sent to Genesys.'

const genesysCommands = (t: Transition, agree: 'first' | 'eventually'): GenesysCommand[] =>
    t.commands.filter((c) => c.to === 'genesys' && c.agree === agree).map((c) => c.command as GenesysCommand)
const localCommands = (t: Transition, agree: 'first' | 'eventually'): LocalCommand[] =>
    t.commands.filter((c) => c.to === 'servicenow' && c.agree === agree).map((c) => c.command as LocalCommand)
const isGenesys = (c: RoutingCommand) => c.to === 'genesys'

/** Writes the one routing-event row of a refused attempt and returns the error; nothing else changes. */
export function refuse(
    deps: Pick<RoutingDeps, 'events'>,
    interaction: InteractionRecord,
    event: RoutingEventType,
    actor: Actor | null,
    error: AppError,
    target: string | null = null
): Result<never, AppError> {
    recordHistory(deps.events, interaction.sysId, interaction, {
        event,
        outcome: 'rejected',
        message: error.message,
        actor,
        target,
    })
    return err(error)
}

/**
 * The one place a routing event is carried out. The machine decides the next status, owner, ids and commands;
 * this runs exactly those commands, in this order:
 * 1. the interaction's earlier pending Genesys updates (must-agree commands wait for them; eventual ones queue behind);
 * 2. must-agree commands (Genesys first, then the case): if one fails, nothing changes;
 * 3. persist the interaction (insert it for a new email);
 * 4. eventual Genesys commands, through the outbox when Genesys cannot take them now;
 * 5. eventual local commands (notify the customer, open a follow-up);
 * 6. one routing-event row.
 */
export function runTransition(deps: RoutingDeps, req: TransitionRequest): Result<Ran, AppError> {
    const { event, actor } = req
    const recordAs = req.recordAs ?? event.type
    const existing = req.subject.kind === 'existing' ? req.subject.record : null
    const moved = transition(existing ?? NO_INTERACTION, event)
    if (!moved.ok) {
        const error = appError(moved.error.code, `${existing ? `${existing.number}: ` : ''}${moved.error.message}.`)
        return existing ? refuse(deps, existing, recordAs, actor, error, req.target) : err(error)
    }
    const t = moved.value
    if (existing && localCommands(t, 'eventually').some((c) => c.kind === 'open_follow_up') && req.followUp)
        return req.followUp(existing)

    // 1. Earlier updates first.
    let behindEarlier = false
    if (existing && t.commands.some(isGenesys)) {
        const disconnects = genesysCommands(t, 'eventually').some((c) => c.kind === 'disconnect')
        const waiting = sendPendingFirst(deps, existing, disconnects ? DISCONNECT_SUPERSEDES : NOTHING_SUPERSEDED)
        // A must-agree command may not overtake them; eventual ones queue behind them, in order.
        if (waiting && genesysCommands(t, 'first').length > 0) {
            const message = `An earlier update to Genesys Cloud for ${existing.number} is still waiting to be sent; try again in ${waiting.waitSeconds} seconds. Nothing was changed.`
            record(deps, existing.sysId, existing, req, {
                outcome: 'failed',
                message,
                correlationId: waiting.error?.correlationId ?? null,
            })
            return err(appError('genesys_unavailable', message, waiting.error ?? undefined))
        }
        behindEarlier = waiting !== null
    }

    // 2. Must agree first.
    let made: CaseRef | null = null
    if (existing) {
        for (const command of genesysCommands(t, 'first')) {
            const sent = sendCommand(deps.genesys, command, existing)
            if (sent.ok) continue
            // A refusal of the client's repeat after no clear answer may only say the first attempt did it: read too.
            const unclear = isUnclearAnswer(sent.error) || sent.error.afterUnclearAttempt === true
            const settled = unclear ? settleByReading(deps, command) : 'not_done'
            if (settled === 'done') continue
            if (settled === 'unknown') {
                // Genesys may have done it: the reconciler reads this interaction first and applies what it finds.
                deps.interactions.update(existing.sysId, { confirmedAtMs: null })
                const message = `Genesys Cloud gave no clear answer when asked to ${req.say.action} and could not be checked right away (${sent.error.kind}). ServiceNow has not changed ${existing.number}; it reads Genesys again within minutes and follows what Genesys did.`
                record(deps, existing.sysId, existing, req, {
                    outcome: 'failed',
                    message,
                    correlationId: sent.error.correlationId ?? null,
                })
                return err(appError('genesys_unavailable', message, sent.error))
            }
            const failure = genesysFirstFailure(req.say.action, sent.error)
            record(deps, existing.sysId, existing, req, {
                outcome: 'failed',
                message: failure.message,
                correlationId: sent.error.correlationId ?? null,
            })
            return err(failure)
        }
        if (localCommands(t, 'first').some((c) => c.kind === 'create_case')) {
            const created = deps.cases.createAndLink(caseDraftFrom(existing, req.caseDescription))
            if (!created.ok) {
                const why = `The case could not be created, so ${existing.number} stays open and Genesys Cloud was not updated: ${created.error.message}`
                return refuse(deps, existing, recordAs, actor, appError('case_not_created', why))
            }
            made = created.value
        }
    }

    // 3. Persist.
    const persisted = persist(deps, req.subject, t, req.confirmedAtMs)
    if (!persisted.ok) return persisted
    let after = persisted.value
    const before: Side = existing ?? NOTHING

    // 4. Eventual Genesys commands.
    const deliveries: Delivery[] = []
    for (const command of genesysCommands(t, 'eventually')) {
        const delivery = deliverEventually(deps, {
            interaction: after,
            event: recordAs,
            command,
            idempotencyKey: `${after.sysId}:${command.kind}${req.cause ? `:${req.cause}` : ''}`,
            behindEarlier,
        })
        deliveries.push(delivery)
        if (delivery.conversationId && delivery.conversationId !== after.conversationId) {
            deps.interactions.update(after.sysId, { conversationId: delivery.conversationId })
            after = merged(after, { conversationId: delivery.conversationId })
        }
    }

    // 5. Eventual local commands.
    if (made && localCommands(t, 'eventually').some((c) => c.kind === 'notify_case_created'))
        deps.notifier.caseCreated(after.sysId, made.sysId, made.number)

    // 6. One history row.
    if (existing && !t.changed && deliveries.length === 0) {
        const message = req.say.unchanged ?? req.say.done({ interaction: after, case: null })
        if (req.recordUnchanged !== false)
            record(deps, after.sysId, before, req, { outcome: 'unchanged', message, correlationId: null })
        return ok({ interaction: after, outcome: 'unchanged', message, case: null })
    }
    const outcome = worst(deliveries)
    const notLinked = existing !== null && AGENT_EVENTS.indexOf(event.type) >= 0 && !t.commands.some(isGenesys)
    const notes = [...deliveries.map((d) => d.note), notLinked ? NOT_LINKED_NOTE : ''].filter((n) => n !== '')
    const message = [req.say.done({ interaction: after, case: made }), ...notes].join(' ')
    const correlationId = deliveries.find((d) => d.correlationId)?.correlationId ?? null
    record(deps, after.sysId, before, req, { outcome, message, correlationId }, after)
    return ok({ interaction: after, outcome, message, case: made })
}

function persist(
    deps: RoutingDeps,
    subject: Subject,
    t: Transition,
    confirmedAtMs: number | null | undefined
): Result<InteractionRecord, AppError> {
    if (subject.kind === 'new') {
        const inserted = deps.interactions.create({
            ...subject.draft,
            queueId: t.set.queueId ?? '',
            conversationId: t.set.conversationId ?? null,
        })
        if (inserted.ok) return inserted
        const why = `The customer's email could not be saved as an interaction, so it was not routed: ${inserted.error.message}`
        return err(appError('interaction_not_created', why))
    }
    const confirmed = confirmedAtMs !== undefined ? { confirmedAtMs } : {}
    if (!t.changed) {
        if (confirmedAtMs === undefined) return ok(subject.record)
        deps.interactions.update(subject.record.sysId, confirmed)
        return ok(merged(subject.record, confirmed))
    }
    const changes: InteractionChanges = { status: t.status, owner: t.owner, ...t.set, ...confirmed }
    deps.interactions.update(subject.record.sysId, changes)
    return ok(merged(subject.record, changes))
}

const SEVERITY: Record<Delivery['outcome'], number> = { applied: 0, deferred: 1, failed: 2 }

function worst(deliveries: readonly Delivery[]): Delivery['outcome'] {
    return deliveries.reduce<Delivery['outcome']>(
        (w, d) => (SEVERITY[d.outcome] > SEVERITY[w] ? d.outcome : w),
        'applied'
    )
}

function record(
    deps: Pick<RoutingDeps, 'events'>,
    interaction: string,
    before: Side,
    req: TransitionRequest,
    facts: { outcome: RoutingOutcome; message: string; correlationId: string | null },
    after: Side = before
): void {
    recordHistory(
        deps.events,
        interaction,
        before,
        {
            event: req.recordAs ?? req.event.type,
            actor: req.actor,
            target: req.target ?? null,
            externalId: req.externalId ?? null,
            ...facts,
        },
        after
    )
}
