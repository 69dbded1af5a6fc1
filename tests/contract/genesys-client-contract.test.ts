import type { GenesysClientApi as GenesysApi } from '../../src/genesys/genesys-api'
import { attributeQuery } from '../../src/genesys/find-by-attribute'
import type { HttpRequest } from '../../src/genesys/http-transport'
import { CLIENT_ID, CLIENT_SECRET, TOKEN, harness, json } from '../genesys/genesys-test-kit'
import { captureSdk, type Sdk, type SdkRequest } from './official-sdk'
import { operationsMatching, readSdkOperations } from './sdk-operations'

/** Ids with characters that must be encoded, to prove both sides encode path segments alike. */
const CID = 'conv 1/ä?x'
const PID = 'part#2'
const COMM = 'comm:3'

interface Comparable {
    readonly method: string
    readonly origin: string
    readonly path: string
    readonly query: Record<string, string>
    readonly body: unknown
    readonly authorization: string | undefined
    readonly contentType: string | undefined
}

function ours(request: HttpRequest): Comparable {
    const [base, query = ''] = request.url.split('?')
    const origin = base.match(/^https:\/\/[^/]+/)![0]
    const isJson = request.headers['Content-Type'] === 'application/json'
    return {
        method: request.method,
        origin,
        path: base.slice(origin.length),
        query: Object.fromEntries(new URLSearchParams(query)),
        body: request.body === undefined ? undefined : isJson ? JSON.parse(request.body) : request.body,
        authorization: request.headers['Authorization'],
        contentType: request.body === undefined ? undefined : request.headers['Content-Type'],
    }
}

function theirs(request: SdkRequest): Comparable {
    const origin = request.url.match(/^https:\/\/[^/]+/)![0]
    const params: Record<string, string> = {}
    for (const [key, value] of Object.entries(request.params || {})) if (value !== '') params[key] = String(value)
    return {
        method: request.method,
        origin,
        path: request.url.slice(origin.length),
        query: params,
        body: request.data === null ? undefined : request.data,
        authorization: request.headers['Authorization'],
        contentType: request.data === undefined || request.data === null ? undefined : request.headers['Content-Type'],
    }
}

interface Case {
    readonly ours: (client: GenesysApi) => unknown
    readonly sdk: (sdk: Sdk) => Promise<unknown>
    /** Which of our API requests to compare (listings make several). */
    readonly pick?: number
    readonly replies?: ReturnType<typeof json>[]
}

const SINCE = '2024-12-31T00:00:00.000Z'

const WRAPUP = { code: 'wc-1', notes: 'Case CS0001 created' }

/** One row per GenesysApi method: our call and the official SDK call with the same inputs. */
const CASES: Record<keyof GenesysApi, Case> = {
    createEmailConversation: {
        ours: (c) =>
            c.createEmailConversation({
                provider: 'ServiceNow',
                queueId: 'q-1',
                toAddress: 'support@acme.test',
                fromAddress: 'jane@customer.test',
                fromName: 'Jane Doe',
                subject: 'Broken widget',
                attributes: { snSysId: 'abc' },
            }),
        sdk: (s) =>
            new s.ConversationsApi().postConversationsEmails({
                provider: 'ServiceNow',
                queueId: 'q-1',
                toAddress: 'support@acme.test',
                fromAddress: 'jane@customer.test',
                fromName: 'Jane Doe',
                subject: 'Broken widget',
                direction: 'INBOUND',
                attributes: { snSysId: 'abc' },
            }),
        replies: [json(200, { id: 'conv-1' })],
    },
    postInboundMessage: {
        ours: (c) =>
            c.postInboundMessage(CID, {
                provider: 'ServiceNow',
                queueId: 'q-1',
                toAddress: 'support@acme.test',
                fromAddress: 'jane@customer.test',
                subject: 'RE: Broken widget',
            }),
        sdk: (s) =>
            new s.ConversationsApi().postConversationsEmailInboundmessages(CID, {
                provider: 'ServiceNow',
                queueId: 'q-1',
                toAddress: 'support@acme.test',
                fromAddress: 'jane@customer.test',
                subject: 'RE: Broken widget',
            }),
    },
    getEmailConversation: {
        ours: (c) => c.getEmailConversation(CID),
        sdk: (s) => new s.ConversationsApi().getConversationsEmail(CID),
        replies: [json(200, { id: CID, participants: [] })],
    },
    transferToQueue: {
        ours: (c) => c.transferToQueue(CID, PID, 'q-2'),
        sdk: (s) => new s.ConversationsApi().postConversationParticipantReplaceQueue(CID, PID, { queueId: 'q-2' }),
    },
    transferToAgent: {
        ours: (c) => c.transferToAgent(CID, PID, 'user-9'),
        sdk: (s) => new s.ConversationsApi().postConversationParticipantReplaceAgent(CID, PID, { userId: 'user-9' }),
    },
    park: {
        ours: (c) => c.park(CID, PID),
        sdk: (s) =>
            new s.ConversationsApi().patchConversationsEmailParticipantParkingstate(CID, PID, { state: 'parked' }),
    },
    unpark: {
        ours: (c) => c.unpark(CID, PID),
        sdk: (s) =>
            new s.ConversationsApi().patchConversationsEmailParticipantParkingstate(CID, PID, { state: 'connected' }),
    },
    disconnectWithWrapup: {
        ours: (c) => c.disconnectWithWrapup(CID, PID, WRAPUP),
        sdk: (s) =>
            new s.ConversationsApi().patchConversationsEmailParticipant(CID, PID, {
                state: 'disconnected',
                wrapup: WRAPUP,
            }),
    },
    applyWrapup: {
        ours: (c) => c.applyWrapup(CID, PID, COMM, WRAPUP),
        sdk: (s) =>
            new s.ConversationsApi().postConversationsEmailParticipantCommunicationWrapup(CID, PID, COMM, {
                body: WRAPUP,
            }),
    },
    listQueues: {
        ours: (c) => c.listQueues(),
        sdk: (s) => new s.RoutingApi().getRoutingQueues({ pageNumber: 2, pageSize: 100 }),
        pick: 1,
        replies: [
            json(200, { entities: [{ id: 'a', name: 'A' }], pageNumber: 1, pageCount: 2 }),
            json(200, { entities: [{ id: 'b', name: 'B' }], pageNumber: 2, pageCount: 2 }),
        ],
    },
    listQueueWrapupCodes: {
        ours: (c) => c.listQueueWrapupCodes('queue/1'),
        sdk: (s) => new s.RoutingApi().getRoutingQueueWrapupcodes('queue/1', { pageSize: 100, pageNumber: 1 }),
        replies: [json(200, { entities: [{ id: 'w', name: 'W' }], pageNumber: 1, pageCount: 1 })],
    },
    listParticipantWrapupCodes: {
        ours: (c) => c.listParticipantWrapupCodes(CID, PID),
        sdk: (s) => new s.ConversationsApi().getConversationsEmailParticipantWrapupcodes(CID, PID),
        replies: [json(200, [{ id: 'w', name: 'W' }])],
    },
    findEmailConversationByAttribute: {
        ours: (c) => c.findEmailConversationByAttribute('servicenowInteractionSysId', 'sys 1', SINCE),
        // The same ConversationQuery, built at the harness clock's "now" (FakeClock starts at 2025-01-01).
        sdk: (s) =>
            new s.AnalyticsApi().postAnalyticsConversationsDetailsQuery(
                attributeQuery('servicenowInteractionSysId', 'sys 1', SINCE, Date.UTC(2025, 0, 1))
            ),
        replies: [json(200, { totalHits: 0 })],
    },
    getUser: {
        ours: (c) => c.getUser('user 9/x'),
        sdk: (s) => new s.UsersApi().getUser('user 9/x'),
        replies: [json(200, { id: 'user 9/x', name: 'Ada', state: 'active' })],
    },
}

function runOurs(environment: string, row: Case): HttpRequest {
    const h = harness({ environment })
    h.transport.apiReplies.push(...(row.replies || []))
    const result = row.ours(h.client) as { ok: boolean }
    expect(result).toMatchObject({ ok: true })
    return h.transport.apiRequests[row.pick || 0]
}

describe('contract: our requests equal the official Genesys SDK (purecloud-platform-client-v2)', () => {
    it('covers every GenesysApi method', () => {
        const { client } = harness()
        expect(Object.keys(CASES).sort()).toEqual(Object.keys(client).sort())
    })

    for (const environment of ['mypurecloud.ie', 'usw2.pure.cloud']) {
        it.each(Object.keys(CASES) as (keyof GenesysApi)[])(
            `%s sends what the SDK sends (${environment})`,
            async (name) => {
                const row = CASES[name]
                const sdkRequests = await captureSdk(environment, TOKEN, row.sdk)
                expect(sdkRequests).toHaveLength(1)
                expect(ours(runOurs(environment, row))).toEqual(theirs(sdkRequests[0]))
            }
        )
    }

    it('park with a resume time sends what the SDK sends (ParkingStateRequest.resumeTime)', async () => {
        const resumeTime = '2026-12-09T08:00:00.000Z'
        const sdkRequests = await captureSdk('mypurecloud.ie', TOKEN, (s) =>
            new s.ConversationsApi().patchConversationsEmailParticipantParkingstate(CID, PID, {
                state: 'parked',
                resumeTime,
            })
        )
        const row: Case = { ours: (c) => c.park(CID, PID, resumeTime), sdk: async () => undefined }
        expect(ours(runOurs('mypurecloud.ie', row))).toEqual(theirs(sdkRequests[0]))
    })

    it('the token request matches the SDK client-credentials login', async () => {
        const sdkRequests = await captureSdk('mypurecloud.com.au', 'unused', (s) =>
            s.ApiClient.instance.loginClientCredentialsGrant(CLIENT_ID, CLIENT_SECRET)
        )
        expect(sdkRequests).toHaveLength(1)
        const sdk = sdkRequests[0]
        const h = harness({ environment: 'mypurecloud.com.au' })
        h.client.park('c', 'p')
        const mine = h.transport.tokenRequests[0]
        expect([mine.method, mine.url]).toEqual([sdk.method, sdk.url])
        expect(mine.headers['Authorization']).toBe(sdk.headers['Authorization'])
        expect(Object.fromEntries(new URLSearchParams(mine.body))).toEqual(
            Object.fromEntries(new URLSearchParams(String(sdk.data)))
        )
    })
})

describe('contract: every path we call is a current (non-deprecated) SDK operation', () => {
    const operations = readSdkOperations()

    it('the SDK scan finds the operations and recognises deprecation', () => {
        expect(operations.length).toBeGreaterThan(1000)
        const generic = operations.find((op) => op.name === 'postConversationParticipantReplace')
        expect(generic).toMatchObject({
            method: 'POST',
            pathTemplate: '/api/v2/conversations/{conversationId}/participants/{participantId}/replace',
            deprecated: true,
        })
        expect(operations.find((op) => op.name === 'postConversationParticipantReplaceQueue')?.deprecated).toBe(false)
    })

    it.each(Object.keys(CASES) as (keyof GenesysApi)[])('%s', (name) => {
        const request = ours(runOurs('mypurecloud.ie', CASES[name]))
        const matches = operationsMatching(operations, request.method, request.path)
        expect(matches.map((op) => op.name)).not.toEqual([])
        for (const op of matches)
            expect({ op: op.name, deprecated: op.deprecated }).toEqual({ op: op.name, deprecated: false })
    })
})
