import type { HttpTransport } from '../../../src/genesys/http-transport'
import { renderEndpointBody } from '../genesys-data-action'
import type { TopicEvent } from '../genesys-events'
import type { ChaosCounts, ChaosOptions } from './event-chaos'
import type { AssignedAgent, FaultRule, RecordedRequest, SeedQueue, SeedUser, SeedWrapupCode } from './stand-in-types'

const ADMIN_TIMEOUT_MS = 5000

/** Synchronous control of a running stand-in through its /__admin API. Throws on a failed call: test code. */
export class StandInAdmin {
    constructor(
        private readonly transport: HttpTransport,
        readonly baseUrl: string
    ) {}

    reset(): void {
        this.call('POST', '/__admin/reset')
    }

    seedQueues(queues: readonly SeedQueue[]): void {
        this.call('POST', '/__admin/queues', queues)
    }

    seedUsers(users: readonly SeedUser[]): void {
        this.call('POST', '/__admin/users', users)
    }

    seedWrapupCodes(queueId: string, codes: readonly SeedWrapupCode[]): void {
        this.call('POST', `/__admin/queues/${encodeURIComponent(queueId)}/wrapupcodes`, codes)
    }

    /** The OAuth client's role grants only these permissions (others answer 403); null grants all. */
    setGrantedPermissions(permissions: readonly string[] | null): void {
        this.call('POST', '/__admin/permissions', permissions)
    }

    /** Genesys routes by itself: a queued email is offered to the next agent at once (default off). */
    setAutoOffer(autoOffer: boolean): void {
        this.call('POST', '/__admin/routing', { autoOffer })
    }

    /** ACD offers the queued email to this agent (or the next in turn): alerting, `user.start`. */
    offer(conversationId: string, userId?: string): AssignedAgent {
        return this.conversationAction(conversationId, 'offer', { userId }) as AssignedAgent
    }

    /** The alerting agent (this one, if given) answers: connected, the acd participant leaves. */
    accept(conversationId: string, userId?: string): AssignedAgent {
        return this.conversationAction(conversationId, 'accept', { userId }) as AssignedAgent
    }

    /** The alerting agent does not answer: `user.end`, then a re-offer to another agent (`user.start`). */
    miss(conversationId: string): AssignedAgent {
        return this.conversationAction(conversationId, 'miss', {}) as AssignedAgent
    }

    /** The agent transfers from the Genesys desktop: to a queue or to another agent. */
    desktopTransfer(conversationId: string, target: { queueId: string } | { userId: string }): void {
        this.conversationAction(conversationId, 'desktop-transfer', target)
    }

    /** A supervisor disconnects the agent in Genesys: `user.end`, and the conversation ends. */
    supervisorDisconnect(conversationId: string): void {
        this.conversationAction(conversationId, 'supervisor-disconnect', {})
    }

    /** The conversation ends on the Genesys side: `user.end` for an active agent, then `customer.end`. */
    endConversation(conversationId: string): void {
        this.conversationAction(conversationId, 'end', {})
    }

    /** Moves Genesys' clock forward; parked emails whose resume time passed are resumed. */
    advanceTime(ms: number): { now: number; resumed: number } {
        return this.call('POST', '/__admin/clock/advance', { ms }) as { now: number; resumed: number }
    }

    /** Seeded chaos on the trigger events (duplicate, reorder, delay, drop); undefined turns it off. */
    configureEventChaos(options: ChaosOptions | undefined): void {
        this.call('POST', '/__admin/events/chaos', options ?? {})
    }

    /** The trigger events to deliver now (after chaos), as the SDK-typed topic payloads. */
    drainEvents(): TopicEvent[] {
        return this.call('POST', '/__admin/events/drain') as TopicEvent[]
    }

    /**
     * The bodies to POST to /api/x_gcer/genesys/events now: each drained event rendered through the
     * shipped data action's request template (genesys/data-action), exactly as Genesys would send it.
     */
    drainEventBodies(): string[] {
        return this.drainEvents().map(renderEndpointBody)
    }

    eventStats(): ChaosCounts & { undrained: number; held: number } {
        return this.call('GET', '/__admin/events/stats') as ChaosCounts & { undrained: number; held: number }
    }

    /** Genesys is healthy again: faults cleared, event chaos off, held-back events released on the next drain. */
    heal(): void {
        this.call('POST', '/__admin/heal')
    }

    /** An agent answers the conversation: agent participant connected with this user id. */
    assignAgent(conversationId: string, userId: string): AssignedAgent {
        return this.call('POST', `/__admin/conversations/${encodeURIComponent(conversationId)}/agent`, {
            userId,
        }) as AssignedAgent
    }

    /** The stand-in's raw record of a conversation (participants with communication ids). */
    conversation(conversationId: string): unknown {
        return this.call('GET', `/__admin/conversations/${encodeURIComponent(conversationId)}`)
    }

    /** Ids of every conversation the stand-in holds, in creation order. */
    conversationIds(): string[] {
        return this.call('GET', '/__admin/conversations') as string[]
    }

    injectFault(rule: FaultRule): void {
        this.call('POST', '/__admin/faults', rule)
    }

    pendingFaults(): FaultRule[] {
        return this.call('GET', '/__admin/faults') as FaultRule[]
    }

    clearFaults(): void {
        this.call('DELETE', '/__admin/faults')
    }

    /** Every non-admin request received since the last reset/clear, in arrival order. */
    requests(): RecordedRequest[] {
        return this.call('GET', '/__admin/requests') as RecordedRequest[]
    }

    clearRequests(): void {
        this.call('DELETE', '/__admin/requests')
    }

    /** Every token issued so far stops being valid. */
    expireAllTokens(): void {
        this.call('POST', '/__admin/tokens/expire')
    }

    private conversationAction(conversationId: string, action: string, body: object): unknown {
        return this.call('POST', `/__admin/conversations/${encodeURIComponent(conversationId)}/${action}`, body)
    }

    private call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): unknown {
        const outcome = this.transport.send({
            method,
            url: this.baseUrl + path,
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            timeoutMs: ADMIN_TIMEOUT_MS,
        })
        if (!outcome.ok)
            throw new Error(`stand-in admin ${method} ${path}: ${outcome.failure.kind} ${outcome.failure.message}`)
        const { status, body: text } = outcome.response
        if (status !== 200) throw new Error(`stand-in admin ${method} ${path}: HTTP ${status} ${text}`)
        return JSON.parse(text)
    }
}
