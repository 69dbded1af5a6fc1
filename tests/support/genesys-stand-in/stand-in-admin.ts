import type { HttpTransport } from '../../../src/genesys/http-transport'
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
