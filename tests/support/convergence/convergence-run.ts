import { PROPERTY } from '../../../src/platform/property-names'
import { INTERACTION_ATTRIBUTE } from '../../../src/genesys/send-command'
import { seededRandom } from '../../../scripts/start/scenario'
import { advanceClock, allRecords, readRecord, seedRecord, setNow, setProperty } from '../../fakes/glide'
import { E2E, e2eInstance } from '../e2e-instance'
import type { FaultSpec } from '../genesys-stand-in/stand-in-types'
import type { RunningStandIn } from '../genesys-stand-in/start-stand-in'
import { sendRestMessagesOverHttp } from '../shipped-runner/genesys-over-http'
import { agrees, genesysRoutingOf, type RawConversation } from '../routing-agreement'
import type { AgentAction, AgentAnswer, AppEntryPoints } from './app-entry-points'

/**
 * The seeded randomized convergence run (issue 8, item 8): sequences of random steps on both systems, each
 * sequence on a fresh instance and a fresh Genesys, then Genesys healed, the remaining events delivered, the outbox
 * and the reconciler run until quiet, and the end state checked:
 * - every interaction agrees with Genesys (tests/support/routing-agreement.ts);
 * - no email has two conversations (the stand-in's conversations, by the interaction their create names);
 * - nothing is lost (every email has an interaction; every reply reached Genesys or waits in the outbox);
 * - every message an agent was shown was true ("Nothing was changed" with no change in either system; a success
 *   with the change made, or waiting in the outbox).
 */

export interface RunOptions {
    readonly seed: number
    readonly sequences: number
    readonly steps: number
    /** One sequence in this many may hit a real client timeout (each costs about a second of wall time). */
    readonly timeoutEvery: number
    /** Play only this sequence (to replay a finding). */
    readonly only?: number
}

export interface Finding {
    readonly seed: number
    readonly sequence: number
    readonly kind: 'disagreement' | 'duplicate' | 'duplicate_reply' | 'lost' | 'untrue_message' | 'crash'
    readonly detail: string
    /** The steps of the sequence up to the finding (to replay it). */
    readonly steps: readonly string[]
}

export interface RunReport {
    readonly sequences: number
    readonly steps: number
    readonly interactions: number
    readonly agentMessages: number
    readonly disagreements: number
    readonly duplicates: number
    /** Replies that reached their Genesys conversation more than once. */
    readonly duplicateReplies: number
    readonly lost: number
    readonly untrueMessages: number
    readonly crashes: number
    readonly faults: number
    readonly events: number
    readonly findings: readonly Finding[]
}

const AGENTS = [
    { name: 'Alice Agent', genesys: E2E.genesysAlice },
    { name: 'Bob Agent', genesys: E2E.genesysBob },
    { name: 'Chen Agent', genesys: 'c3333333-3333-4333-8333-333333333333' },
]
const QUEUES = [E2E.queue, E2E.otherQueue]
const MINUTE = 60_000
const MAX_EMAILS = 4
const SETTLE_ROUNDS = 6

type Step =
    | 'email'
    | 'reply'
    | 'offer'
    | 'accept'
    | 'miss'
    | 'hold'
    | 'hold_until'
    | 'resume'
    | 'transfer_queue'
    | 'transfer_agent'
    | 'disconnect'
    | 'create_case'
    | 'desktop_transfer'
    | 'supervisor_disconnect'
    | 'end_conversation'
    | 'advance_time'
    | 'deliver_events'
    | 'fault'
    | 'outbox'
    | 'reconcile'

const WEIGHTS: Readonly<Record<Step, number>> = {
    email: 3,
    reply: 2,
    offer: 3,
    accept: 3,
    miss: 1,
    hold: 2,
    hold_until: 1,
    resume: 2,
    transfer_queue: 1,
    transfer_agent: 1,
    disconnect: 2,
    create_case: 1,
    desktop_transfer: 1,
    supervisor_disconnect: 0.5,
    end_conversation: 0.5,
    advance_time: 1,
    deliver_events: 4,
    fault: 2,
    outbox: 2,
    reconcile: 1,
}

interface Sequence {
    readonly index: number
    readonly random: () => number
    readonly log: string[]
    readonly agents: { readonly name: string; readonly sysId: string; readonly genesys: string }[]
    emailsSent: number
    /** Replies sent to an interaction that had a conversation: each must reach Genesys or wait in the outbox. */
    repliesToGenesys: number
    allowTimeout: boolean
}

interface SnState {
    readonly status: string
    readonly owner: string
    readonly participant: string
    readonly parkedUntil: string
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v))

/** Routed interactions (the app's), oldest first. */
function interactions(): Record<string, unknown>[] {
    return allRecords('interaction').filter((r) => str(r.x_gcer_routing_status) !== '')
}

function snState(sysId: string): SnState {
    const r = readRecord('interaction', sysId) ?? {}
    return {
        status: str(r.x_gcer_routing_status),
        owner: str(r.assigned_to),
        participant: str(r.x_gcer_participant_id),
        parkedUntil: str(r.x_gcer_parked_until),
    }
}

export class ConvergenceRun {
    private readonly findings: Finding[] = []
    private readonly totals = {
        steps: 0,
        interactions: 0,
        agentMessages: 0,
        disagreements: 0,
        duplicates: 0,
        duplicateReplies: 0,
        lost: 0,
        untrueMessages: 0,
        crashes: 0,
        faults: 0,
        events: 0,
    }

    constructor(
        private readonly app: AppEntryPoints,
        private readonly standIn: RunningStandIn,
        private readonly options: RunOptions
    ) {}

    run(): RunReport {
        for (let i = 0; i < this.options.sequences; i++)
            if (this.options.only === undefined || this.options.only === i) this.sequence(i)
        return { sequences: this.options.sequences, ...this.totals, findings: this.findings }
    }

    /** One sequence: a fresh instance and Genesys, random steps, settle, check. */
    sequence(index: number): void {
        const seq = this.fresh(index)
        try {
            for (let s = 0; s < this.options.steps; s++) {
                const step = this.pick(seq)
                const said = this.step(seq, step)
                seq.log.push(`${step}${said ? `: ${said}` : ''}`)
                this.totals.steps++
            }
            this.settle(seq)
            this.check(seq)
        } catch (e) {
            this.totals.crashes++
            this.found(seq, 'crash', String((e as Error)?.stack ?? e))
        }
    }

    private fresh(index: number): Sequence {
        const users = e2eInstance({ tokenCached: false })
        const { admin, transport, baseUrl } = this.standIn
        admin.reset()
        admin.seedQueues(QUEUES.map((id, i) => ({ id, name: i === 0 ? 'Billing' : 'Returns' })))
        admin.seedUsers(AGENTS.map((a) => ({ id: a.genesys, name: a.name })))
        const codes = [
            { id: E2E.defaultCode, name: 'Resolved' },
            { id: E2E.callbackCode, name: 'Callback requested' },
            { id: E2E.caseCreatedCode, name: 'Case created' },
        ]
        for (const q of QUEUES) admin.seedWrapupCodes(q, codes)
        const chen = seedRecord('sys_user', {
            name: 'Chen Agent',
            user_name: 'chen',
            x_gcer_genesys_user_id: AGENTS[2].genesys,
        })
        setProperty(PROPERTY.inboundMailboxes, 'support@acme.com')
        // The fake clock stands still; with no wait budget the client never busy-waits on it (it gives up at once,
        // which the outbox and the reconciler must then settle).
        setProperty(PROPERTY.interactiveBudgetMs, '0')
        setProperty(PROPERTY.httpTimeoutMs, '1000')
        sendRestMessagesOverHttp(transport, baseUrl)
        const seed = (this.options.seed * 1_000_003 + index) >>> 0
        const random = seededRandom(seed)
        admin.configureEventChaos({
            seed,
            duplicateRate: 0.15,
            reorderRate: 0.15,
            delayRate: 0.15,
            dropRate: 0.15,
            maxDelayDrains: 3,
        })
        // Both clocks tell the same time: Genesys's resume times and the app's are comparable.
        setNow(admin.advanceTime(0).now)
        const sysIds = [users.alice, users.bob, chen]
        return {
            index,
            random,
            log: [],
            agents: AGENTS.map((a, i) => ({ ...a, sysId: sysIds[i] })),
            emailsSent: 0,
            repliesToGenesys: 0,
            allowTimeout: index % this.options.timeoutEvery === 0,
        }
    }

    private pick(seq: Sequence): Step {
        const entries = Object.entries(WEIGHTS) as [Step, number][]
        const total = entries.reduce((t, [, w]) => t + w, 0)
        let r = seq.random() * total
        for (const [step, w] of entries) {
            r -= w
            if (r < 0) return step
        }
        return 'deliver_events'
    }

    private choose<T>(seq: Sequence, xs: readonly T[]): T | undefined {
        return xs.length ? xs[Math.floor(seq.random() * xs.length)] : undefined
    }

    private conversations(): RawConversation[] {
        return this.standIn.admin.conversationIds().map((id) => this.conversation(id))
    }

    private conversation(id: string): RawConversation {
        return this.standIn.admin.conversation(id) as RawConversation
    }

    private passTime(ms: number): void {
        this.standIn.admin.advanceTime(ms)
        advanceClock(ms)
    }

    /** Runs one step; returns what happened, for the replay log. */
    private step(seq: Sequence, step: Step): string {
        const { admin } = this.standIn
        const live = (c: RawConversation, purpose: string, state?: string) =>
            c.participants.some(
                (p) => p.purpose === purpose && p.state !== 'disconnected' && (!state || p.state === state)
            )
        switch (step) {
            case 'email': {
                if (seq.emailsSent >= MAX_EMAILS) return 'skipped'
                seq.emailsSent++
                this.app.newEmail({
                    subject: `Question ${seq.emailsSent}`,
                    from: `customer${seq.emailsSent}@example.com`,
                })
                return `email ${seq.emailsSent}`
            }
            case 'reply': {
                const target = this.choose(seq, this.replyTargets())
                if (!target) return 'skipped'
                const hadConversation = str(target.x_gcer_conversation_id) !== ''
                if (hadConversation) seq.repliesToGenesys++
                this.app.reply(str(target.sys_id), {
                    subject: `RE: ${str(target.short_description)}`,
                    from: 'customer@example.com',
                })
                return `reply to ${str(target.number)}`
            }
            case 'offer': {
                const c = this.choose(
                    seq,
                    this.conversations().filter((x) => live(x, 'acd') && !live(x, 'agent'))
                )
                if (!c) return 'skipped'
                const agent = this.choose(seq, seq.agents) as Sequence['agents'][number]
                admin.offer(c.id, agent.genesys)
                return `offer ${c.id.slice(0, 8)} to ${agent.name}`
            }
            case 'accept':
            case 'miss': {
                const c = this.choose(
                    seq,
                    this.conversations().filter((x) => live(x, 'agent', 'alerting'))
                )
                if (!c) return 'skipped'
                if (step === 'accept') admin.accept(c.id)
                else admin.miss(c.id)
                return `${step} ${c.id.slice(0, 8)}`
            }
            case 'desktop_transfer':
            case 'supervisor_disconnect':
            case 'end_conversation': {
                const pool = this.conversations().filter((x) =>
                    step === 'end_conversation' ? live(x, 'customer') : live(x, 'agent', 'connected')
                )
                const c = this.choose(seq, pool)
                if (!c) return 'skipped'
                if (step === 'end_conversation') admin.endConversation(c.id)
                else if (step === 'supervisor_disconnect') admin.supervisorDisconnect(c.id)
                else if (seq.random() < 0.5)
                    admin.desktopTransfer(c.id, { queueId: this.choose(seq, QUEUES) as string })
                else {
                    const holder = c.participants.filter((p) => p.purpose === 'agent' && p.state === 'connected').pop()
                    const other = this.choose(
                        seq,
                        seq.agents.filter((a) => a.genesys !== holder?.userId)
                    )
                    admin.desktopTransfer(c.id, { userId: String(other?.genesys) })
                }
                return `${step} ${c.id.slice(0, 8)}`
            }
            case 'advance_time': {
                // Mostly minutes; sometimes past Genesys's 7-day auto-resume of parked emails.
                const ms = seq.random() < 0.15 ? 8 * 24 * 60 * MINUTE : Math.ceil(seq.random() * 240) * MINUTE
                this.passTime(ms)
                return `${Math.round(ms / MINUTE)} min pass`
            }
            case 'deliver_events': {
                const bodies = admin.drainEventBodies()
                this.totals.events += bodies.length
                const statuses = bodies.map((b) => this.app.genesysEvent(b))
                return `events ${statuses.join(',') || 'none'}`
            }
            case 'fault':
                return this.fault(seq)
            case 'outbox':
                this.passTime(Math.ceil(seq.random() * 10) * MINUTE)
                this.app.outboxJob()
                return 'outbox job'
            case 'reconcile':
                this.passTime(11 * MINUTE)
                this.app.reconcileJob()
                return 'reconcile job'
            default:
                return this.agentStep(seq, step)
        }
    }

    /** The latest interaction of each email thread (a reply matches the newest one the customer heard from). */
    private replyTargets(): Record<string, unknown>[] {
        const all = interactions()
        return all.filter((r) => !all.some((o) => str(o.parent_interaction) === str(r.sys_id)))
    }

    private fault(seq: Sequence): string {
        const done = seq.random() < 0.5
        const choices: FaultSpec[] = [
            { kind: 'status', status: 500, afterProcessing: done },
            { kind: 'status', status: 502, afterProcessing: done },
            { kind: 'status', status: 504, afterProcessing: done },
            { kind: 'status', status: 503, retryAfterSeconds: 30 },
            { kind: 'rate_limited', retryAfterSeconds: 30 },
            { kind: 'malformed_json', afterProcessing: done },
            { kind: 'reset', afterProcessing: done },
        ]
        // A real client timeout (the stand-in answers after the 1 s timeout, having done the work): rare, it is slow.
        if (seq.allowTimeout) {
            seq.allowTimeout = false
            choices.push({ kind: 'delay', delayMs: 1500 })
        }
        const fault = this.choose(seq, choices) as FaultSpec
        const method = this.choose(seq, [undefined, 'POST', 'PATCH', 'GET'])
        this.standIn.admin.injectFault({ path: '/api/v2/**', ...(method ? { method } : {}), times: 1, fault })
        this.totals.faults++
        return `fault ${method ?? 'any'} ${JSON.stringify(fault)}`
    }

    private agentStep(seq: Sequence, step: Step): string {
        const open = interactions().filter((r) => ['connected', 'parked'].includes(str(r.x_gcer_routing_status)))
        // Mostly an interaction someone works; sometimes any (the app must refuse, truthfully).
        const target = this.choose(seq, seq.random() < 0.85 && open.length ? open : interactions())
        if (!target) return 'skipped'
        const id = str(target.sys_id)
        const ownerSysId = str(target.assigned_to)
        const owner =
            seq.agents.find((a) => a.sysId === ownerSysId) ??
            (this.choose(seq, seq.agents) as Sequence['agents'][number])
        const action = this.agentAction(seq, step, owner.sysId)
        const before = this.observe(id)
        const answer = this.app.agent(owner.sysId, id, action)
        const after = this.observe(id)
        this.totals.agentMessages++
        const wrong = untrue(action, answer, before, after, seq.agents)
        const said = `${owner.name} ${action.kind}${'target' in action ? ` ${action.target}` : ''}${'resumeTime' in action && action.resumeTime ? ' (with resume time)' : ''} on ${str(target.number)}: ${answer.ok ? 'ok' : 'refused'}: ${answer.message}`
        if (wrong) {
            this.totals.untrueMessages++
            seq.log.push(`${step}: ${said}`)
            this.found(seq, 'untrue_message', `${said} -- ${wrong}`)
            seq.log.pop()
        }
        return said
    }

    private agentAction(seq: Sequence, step: Step, ownerSysId: string): AgentAction {
        switch (step) {
            case 'hold':
                return { kind: 'hold' }
            case 'hold_until': {
                const minutes = 30 + Math.floor(seq.random() * 240)
                const at = new Date(Number(this.standIn.admin.advanceTime(0).now) + minutes * MINUTE)
                return { kind: 'hold', resumeTime: at.toISOString().replace(/\.\d{3}Z$/, 'Z') }
            }
            case 'resume':
                return { kind: 'resume' }
            case 'transfer_queue':
                return { kind: 'transfer', target: `queue:${this.choose(seq, QUEUES)}` }
            case 'transfer_agent': {
                const other = this.choose(
                    seq,
                    seq.agents.filter((a) => a.sysId !== ownerSysId)
                )
                return { kind: 'transfer', target: `agent:${other?.sysId}` }
            }
            case 'disconnect':
                return { kind: 'disconnect', wrapupCode: E2E.defaultCode }
            default:
                return { kind: 'create_case' }
        }
    }

    /** Both systems' view of one interaction, before and after an agent action. */
    private observe(sysId: string): Observed {
        const sn = snState(sysId)
        const conversationId = str(readRecord('interaction', sysId)?.x_gcer_conversation_id)
        const conversation = conversationId ? this.conversation(conversationId) : null
        const rows = allRecords('x_gcer_outbox')
        return {
            sn,
            conversation,
            genesys: conversation ? JSON.stringify(conversation.participants.map((p) => [p.id, p.state])) : '',
            waiting: rows.filter((r) => r.interaction === sysId && ['pending', 'dead'].includes(str(r.state))).length,
            rows: rows.length,
            done: rows.filter((r) => r.state === 'done').length,
        }
    }

    /** Heal Genesys, then deliver events, run the outbox and the reconciler until nothing changes (bounded). */
    private settle(seq: Sequence): void {
        const { admin } = this.standIn
        admin.heal()
        for (let round = 0; round < SETTLE_ROUNDS; round++) {
            const before = JSON.stringify([
                interactions().map((r) => [r.x_gcer_routing_status, r.assigned_to]),
                allRecords('x_gcer_outbox').map((r) => r.state),
            ])
            const bodies = admin.drainEventBodies()
            bodies.forEach((b) => this.app.genesysEvent(b))
            this.passTime(11 * MINUTE)
            this.app.outboxJob()
            this.app.reconcileJob()
            const after = JSON.stringify([
                interactions().map((r) => [r.x_gcer_routing_status, r.assigned_to]),
                allRecords('x_gcer_outbox').map((r) => r.state),
            ])
            if (bodies.length === 0 && before === after && round > 0) break
        }
        seq.log.push('settle: heal, events, outbox and reconciler until quiet')
    }

    private check(seq: Sequence): void {
        const all = interactions()
        this.totals.interactions += all.length
        const conversations = this.conversations()
        const genesysIdOf = (userSysId: string) =>
            seq.agents.find((a) => a.sysId === userSysId)?.genesys ?? (userSysId ? `unmapped:${userSysId}` : null)

        // No email has two conversations: each conversation names the interaction its create was for.
        const named = new Map<string, string[]>()
        for (const c of conversations) {
            const sysId = c.attributes?.[INTERACTION_ATTRIBUTE]
            if (sysId) named.set(sysId, [...(named.get(sysId) ?? []), c.id])
        }
        for (const [sysId, ids] of named)
            if (ids.length > 1) {
                this.totals.duplicates += ids.length - 1
                this.found(
                    seq,
                    'duplicate',
                    `interaction ${sysId} has ${ids.length} Genesys conversations: ${ids.join(', ')}`
                )
            }

        // Nothing is lost: every email became an interaction; every reply reached Genesys or waits in the outbox.
        const firsts = all.filter((r) => !str(r.parent_interaction))
        if (firsts.length !== seq.emailsSent) {
            this.totals.lost++
            this.found(seq, 'lost', `${seq.emailsSent} emails, ${firsts.length} interactions`)
        }
        const outbox = allRecords('x_gcer_outbox')
        const chained = conversations.reduce((n, c) => n + (c.inboundMessages?.length ?? 0), 0)
        const waitingReplies = outbox.filter((r) => r.operation === 'chain_reply' && r.state !== 'done').length
        if (chained + waitingReplies < seq.repliesToGenesys) {
            this.totals.lost++
            this.found(
                seq,
                'lost',
                `${seq.repliesToGenesys} replies to interactions with a conversation; ${chained} reached Genesys, ${waitingReplies} wait in the outbox`
            )
        }

        // Nothing done twice: a reply joins its conversation once.
        if (chained > seq.repliesToGenesys) {
            this.totals.duplicateReplies += chained - seq.repliesToGenesys
            this.found(seq, 'duplicate_reply', `${seq.repliesToGenesys} replies reached Genesys ${chained} times`)
        }

        // Every interaction agrees with Genesys.
        for (const r of all) {
            const sysId = str(r.sys_id)
            const status = str(r.x_gcer_routing_status)
            const conversationId =
                str(r.x_gcer_conversation_id) ||
                conversations.find((c) => c.attributes?.[INTERACTION_ATTRIBUTE] === sysId)?.id ||
                ''
            const followedBy = all.find(
                (o) =>
                    o !== r && str(o.x_gcer_conversation_id) === conversationId && str(o.parent_interaction) === sysId
            )
            let problem = ''
            if (followedBy) {
                if (status !== 'closed' && status !== 'abandoned')
                    problem = `${status}, though follow-up ${str(followedBy.number)} now follows its conversation`
            } else if (!conversationId) {
                const create = outbox.find((o) => o.interaction === sysId && o.operation === 'create_conversation')
                if (!create || create.state === 'done')
                    problem = `${status} with no Genesys conversation and no create waiting in the outbox`
            } else {
                const routing = genesysRoutingOf(this.conversation(conversationId))
                const sn = { status, ownerGenesysUserId: genesysIdOf(str(r.assigned_to)) }
                if (!agrees(sn, routing)) {
                    const stuck = outbox
                        .filter((o) => o.interaction === sysId && o.state !== 'done')
                        .map((o) => `${str(o.operation)} ${str(o.state)}`)
                    problem = `ServiceNow ${status} (owner ${sn.ownerGenesysUserId ?? 'none'}), Genesys ${JSON.stringify(routing)}${stuck.length ? `; outbox: ${stuck.join(', ')}` : ''}`
                }
            }
            if (problem) {
                this.totals.disagreements++
                this.found(seq, 'disagreement', `${str(r.number)}: ${problem}`)
            }
        }
    }

    private found(seq: Sequence, kind: Finding['kind'], detail: string): void {
        this.findings.push({ seed: this.options.seed, sequence: seq.index, kind, detail, steps: [...seq.log] })
    }
}

interface Observed {
    readonly sn: SnState
    readonly conversation: RawConversation | null
    readonly genesys: string
    /** Outbox rows of this interaction waiting (pending) or given up (dead). */
    readonly waiting: number
    readonly rows: number
    readonly done: number
}

/**
 * Was the agent told the truth? "Nothing was changed" (or a refusal): neither system changed, and no update
 * was queued (Genesys may move only when an earlier outbox row was delivered during the action). A success:
 * ServiceNow shows the change, and Genesys too, or the update waits in the outbox. Returns what was untrue.
 */
export function untrue(
    action: AgentAction,
    answer: AgentAnswer,
    before: Observed,
    after: Observed,
    agents: readonly { readonly sysId: string; readonly genesys: string }[]
): string | null {
    const earlierDelivered = after.done > before.done
    const snChanged = JSON.stringify(before.sn) !== JSON.stringify(after.sn)
    const genesysChanged = before.genesys !== after.genesys
    if (!answer.ok || /Nothing was changed/i.test(answer.message)) {
        if (snChanged) return `ServiceNow changed: ${JSON.stringify(before.sn)} -> ${JSON.stringify(after.sn)}`
        if (genesysChanged && !earlierDelivered) return `Genesys changed: ${before.genesys} -> ${after.genesys}`
        if (after.rows > before.rows) return 'an update was queued in the outbox'
        return null
    }
    const expected: Record<AgentAction['kind'], string> = {
        hold: 'parked',
        resume: 'connected',
        transfer: 'queued',
        disconnect: 'closed',
        create_case: 'closed',
    }
    if (after.sn.status !== expected[action.kind])
        return `ServiceNow is ${after.sn.status}, not ${expected[action.kind]}`
    if (!after.conversation || /nothing was sent to Genesys/i.test(answer.message)) return null
    if (after.waiting > 0) return null
    const agentLeg = after.conversation.participants
        .filter((p) => p.purpose === 'agent' && p.state !== 'disconnected')
        .pop()
    const routing = genesysRoutingOf(after.conversation)
    switch (action.kind) {
        case 'hold':
            return routing.status === 'parked' ? null : `Genesys is ${routing.status}, not parked`
        case 'resume':
            return routing.status === 'connected' ? null : `Genesys is ${routing.status}, not connected`
        case 'transfer': {
            if (action.target.startsWith('queue:'))
                return routing.status === 'queued' ? null : `Genesys is ${routing.status}, not queued`
            const wanted = agents.find((a) => `agent:${a.sysId}` === action.target)?.genesys
            return agentLeg?.userId === wanted
                ? null
                : `Genesys offers it to ${agentLeg?.userId ?? 'nobody'}, not ${wanted}`
        }
        default:
            return routing.status === 'released' || routing.status === 'ended'
                ? null
                : `Genesys is ${routing.status}: the agent's participant was not disconnected and nothing waits in the outbox`
    }
}

/** The one line the closing note quotes. */
export function summaryLine(label: string, r: RunReport, seconds: number): string {
    return (
        `convergence (${label}): sequences=${r.sequences} steps=${r.steps} interactions=${r.interactions} ` +
        `agent messages=${r.agentMessages} events=${r.events} faults=${r.faults} disagreements=${r.disagreements} ` +
        `duplicate conversations=${r.duplicates} duplicate replies=${r.duplicateReplies} lost=${r.lost} untrue messages=${r.untrueMessages} crashes=${r.crashes} ` +
        `(${seconds.toFixed(1)} s)`
    )
}

/** A finding without its ids and numbers: findings with one cause share it. */
export function signature(f: Finding): string {
    return `${f.kind}: ${f.detail.replace(/\b[0-9a-f]{8}-[0-9a-f-]{27}\b/g, '<id>').replace(/IMS\d+/g, 'IMS…')}`
}

/** Each kind of finding once, with how often it happened and the shortest sequence that shows it (to replay). */
export function describeFindings(r: RunReport, maxSteps = 40): string {
    const groups = new Map<string, Finding[]>()
    for (const f of r.findings) groups.set(signature(f), [...(groups.get(signature(f)) ?? []), f])
    let out = ''
    for (const [sig, fs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
        const shortest = fs.reduce((a, b) => (b.steps.length < a.steps.length ? b : a))
        out += `\n${fs.length} x ${sig}\n  e.g. seed ${shortest.seed} sequence ${shortest.sequence}: ${shortest.detail}\n`
        out += shortest.steps
            .filter((s) => !s.endsWith(': skipped'))
            .slice(-maxSteps)
            .map((s) => `    ${s}\n`)
            .join('')
    }
    return out
}
