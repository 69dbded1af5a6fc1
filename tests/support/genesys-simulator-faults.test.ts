import { startStandIn } from './genesys-stand-in/start-stand-in'
import type { RunningStandIn } from './genesys-stand-in/start-stand-in'
import { fetchToken, rawCall } from './genesys-stand-in/stand-in-calls'
import type { FaultSpec } from './genesys-stand-in/stand-in-types'
import { MALFORMED_JSON_BODY } from './genesys-stand-in/apply-fault'

/**
 * Do-then-fail: Genesys carries the request out and the answer is unclear (5xx, timeout, reset,
 * broken body). For every operation the app sends that changes Genesys, the work must be visible
 * on the next read whatever the answer was; heal() ends it.
 */
let standIn: RunningStandIn
let token: string

beforeAll(async () => {
    standIn = await startStandIn({ clientId: 'cid', clientSecret: 'shh' })
})

afterAll(async () => {
    await standIn.close()
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose JSON in assertions
type Json = any

interface Setup {
    cid: string
    pid: string
}

beforeEach(() => {
    standIn.admin.reset()
    standIn.admin.seedQueues([
        { id: 'q-1', name: 'Support' },
        { id: 'q-2', name: 'Billing' },
    ])
    standIn.admin.seedUsers([
        { id: 'u-1', name: 'Ada' },
        { id: 'u-2', name: 'Bob' },
    ])
    token = fetchToken(standIn)
})

function setup(parked = false): Setup {
    const cid = rawCall(standIn, 'POST', '/api/v2/conversations/emails', {
        token,
        body: { provider: 'ServiceNow', queueId: 'q-1', fromAddress: 'c@y.test', subject: 'Hi' },
    }).json().id
    const pid = standIn.admin.assignAgent(cid, 'u-1').participantId
    if (parked)
        rawCall(standIn, 'PATCH', `/api/v2/conversations/emails/${cid}/participants/${pid}/parkingstate`, {
            token,
            body: { state: 'parked' },
        })
    return { cid, pid }
}

function participants(cid: string): Json[] {
    return (standIn.admin.conversation(cid) as Json).participants
}

interface Operation {
    readonly name: string
    readonly parked?: boolean
    readonly method: 'POST' | 'PATCH'
    readonly path: (s: Setup) => string
    readonly body: object
    /** Reads Genesys after the call: was the work done? */
    readonly done: (s: Setup) => boolean
}

const agentState = (s: Setup): string => participants(s.cid).find((p) => p.id === s.pid).state

const OPERATIONS: readonly Operation[] = [
    {
        name: 'create',
        method: 'POST',
        path: () => '/api/v2/conversations/emails',
        body: { provider: 'ServiceNow', queueId: 'q-2', fromAddress: 'd@y.test', subject: 'Again' },
        done: () => standIn.admin.conversationIds().length === 2,
    },
    {
        name: 'transfer to queue',
        method: 'POST',
        path: (s) => `/api/v2/conversations/${s.cid}/participants/${s.pid}/replace/queue`,
        body: { queueId: 'q-2' },
        done: (s) => agentState(s) === 'disconnected' && participants(s.cid).some((p) => p.queueId === 'q-2'),
    },
    {
        name: 'transfer to agent',
        method: 'POST',
        path: (s) => `/api/v2/conversations/${s.cid}/participants/${s.pid}/replace/agent`,
        body: { userId: 'u-2' },
        done: (s) => participants(s.cid).some((p) => p.userId === 'u-2' && p.state === 'alerting'),
    },
    {
        name: 'park',
        method: 'PATCH',
        path: (s) => `/api/v2/conversations/emails/${s.cid}/participants/${s.pid}/parkingstate`,
        body: { state: 'parked' },
        done: (s) => agentState(s) === 'parked',
    },
    {
        name: 'unpark',
        parked: true,
        method: 'PATCH',
        path: (s) => `/api/v2/conversations/emails/${s.cid}/participants/${s.pid}/parkingstate`,
        body: { state: 'connected' },
        done: (s) => agentState(s) === 'connected',
    },
    {
        name: 'disconnect with wrap-up',
        method: 'PATCH',
        path: (s) => `/api/v2/conversations/emails/${s.cid}/participants/${s.pid}`,
        body: { state: 'disconnected', wrapup: { code: 'w-1' } },
        done: (s) => agentState(s) === 'disconnected',
    },
    {
        name: 'inboundmessages (chained reply un-parks)',
        parked: true,
        method: 'POST',
        path: (s) => `/api/v2/conversations/emails/${s.cid}/inboundmessages`,
        body: { provider: 'ServiceNow', fromAddress: 'c@y.test', subject: 'Re: Hi' },
        done: (s) => agentState(s) === 'connected',
    },
]

const FAULTS: readonly [string, FaultSpec, (status: number, body: string) => void][] = [
    ['500', { kind: 'status', status: 500, afterProcessing: true }, (status) => expect(status).toBe(500)],
    ['502', { kind: 'status', status: 502, afterProcessing: true }, (status) => expect(status).toBe(502)],
    ['504', { kind: 'status', status: 504, afterProcessing: true }, (status) => expect(status).toBe(504)],
    [
        'a broken 200 body',
        { kind: 'malformed_json', afterProcessing: true },
        (status, body) => expect([status, body]).toEqual([200, MALFORMED_JSON_BODY]),
    ],
]

function send(op: Operation, s: Setup, timeoutMs = 3000) {
    return standIn.transport.send({
        method: op.method,
        url: standIn.baseUrl + op.path(s),
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(op.body),
        timeoutMs,
    })
}

function sleep(ms: number): void {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

describe.each(OPERATIONS)('do-then-fail: $name', (op) => {
    it.each(FAULTS)('does the work, then answers %s', (_name, fault, check) => {
        const s = setup(op.parked)
        expect(op.done(s)).toBe(false)
        standIn.admin.injectFault({ method: op.method, path: op.path(s), fault })
        const outcome = send(op, s)
        expect(outcome.ok).toBe(true)
        if (outcome.ok) check(outcome.response.status, outcome.response.body)
        expect(op.done(s)).toBe(true)
    })

    it('does the work, then resets the connection', () => {
        const s = setup(op.parked)
        standIn.admin.injectFault({
            method: op.method,
            path: op.path(s),
            fault: { kind: 'reset', afterProcessing: true },
        })
        const outcome = send(op, s)
        expect(outcome.ok).toBe(false)
        expect(op.done(s)).toBe(true)
    })

    it('answers after the client gave up (timeout), and does the work anyway', () => {
        const s = setup(op.parked)
        standIn.admin.injectFault({ method: op.method, path: op.path(s), fault: { kind: 'delay', delayMs: 400 } })
        const outcome = send(op, s, 150)
        expect(outcome.ok).toBe(false)
        sleep(400)
        expect(op.done(s)).toBe(true)
    })

    it('after heal() answers plainly again', () => {
        const s = setup(op.parked)
        standIn.admin.injectFault({ method: op.method, path: op.path(s), times: 5, fault: FAULTS[0][1] })
        standIn.admin.heal()
        expect(standIn.admin.pendingFaults()).toEqual([])
        const outcome = send(op, s)
        expect(outcome.ok && outcome.response.status).toBeLessThan(300)
        expect(op.done(s)).toBe(true)
    })
})
