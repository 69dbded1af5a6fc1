import { startStandIn } from './genesys-stand-in/start-stand-in'
import type { RunningStandIn } from './genesys-stand-in/start-stand-in'
import { fetchToken, rawCall } from './genesys-stand-in/stand-in-calls'
import { AUTO_RESUME_MS, MAX_PARKED_PER_USER } from './genesys-stand-in/routing-sim'
import { SDK_ENUMS } from './genesys-enums'
import { checkAgainstModel } from './sdk-models'
import type { TopicEvent } from './genesys-events'

/**
 * The stand-in behaving like Genesys routing (DOMAIN.md sections 3-4): offers before accepts,
 * re-offers on no answer, parking rules, chained replies, changes from its own side, and the trigger
 * events each step fires, typed from the SDK and rendered through the shipped data action.
 */
let standIn: RunningStandIn
let token: string

beforeAll(async () => {
    standIn = await startStandIn({ clientId: 'cid', clientSecret: 'shh' })
})

afterAll(async () => {
    await standIn.close()
})

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
    standIn.admin.seedWrapupCodes('q-1', [{ id: 'w-1', name: 'Solved' }])
    standIn.admin.seedWrapupCodes('q-2', [{ id: 'w-2', name: 'Refund' }])
    token = fetchToken(standIn)
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose JSON in assertions
type Json = any

function create(): string {
    const response = rawCall(standIn, 'POST', '/api/v2/conversations/emails', {
        token,
        body: { provider: 'ServiceNow', queueId: 'q-1', fromAddress: 'c@y.test', subject: 'Hi' },
    })
    expect(response.status).toBe(200)
    return response.json().id
}

function read(cid: string): Json {
    return rawCall(standIn, 'GET', `/api/v2/conversations/emails/${cid}`, { token }).json()
}

function agents(cid: string): [string, string][] {
    return read(cid)
        .participants.filter((p: Json) => p.purpose === 'agent')
        .map((p: Json) => [p.user.id, p.state])
}

/** `suffix userId/participant` of each drained event, for compact sequence assertions. */
function drained(): string[] {
    return standIn.admin
        .drainEvents()
        .map((e: TopicEvent) => `${e.suffix} ${'userId' in e.event ? (e.event.userId ?? '-') : '-'}`)
}

const parking = (cid: string, pid: string, body: object) =>
    rawCall(standIn, 'PATCH', `/api/v2/conversations/emails/${cid}/participants/${pid}/parkingstate`, { token, body })

describe('offer, accept, no answer, re-offer', () => {
    it('a created email waits in the queue; an offer makes the agent alerting and fires user.start', () => {
        const cid = create()
        expect(drained()).toEqual([])
        const offered = standIn.admin.offer(cid, 'u-1')
        expect(agents(cid)).toEqual([['u-1', 'alerting']])
        const events = standIn.admin.drainEvents()
        expect(events).toEqual([
            {
                suffix: 'user.start',
                event: expect.objectContaining({
                    conversationId: cid,
                    participantId: offered.participantId,
                    sessionId: offered.communicationId,
                    userId: 'u-1',
                    queueId: 'q-1',
                    mediaType: 'EMAIL',
                    provider: 'ServiceNow',
                }),
            },
        ])
        expect(checkAgainstModel(events[0].event, 'UserStartDetailEventTopicUserStartEvent')).toEqual([])
    })

    it('accepting connects the agent and the acd participant leaves; no event fires', () => {
        const cid = create()
        standIn.admin.offer(cid, 'u-1')
        standIn.admin.accept(cid)
        expect(read(cid).participants.map((p: Json) => [p.purpose, p.state])).toEqual([
            ['customer', 'connected'],
            ['acd', 'disconnected'],
            ['agent', 'connected'],
        ])
        expect(drained()).toEqual(['user.start u-1'])
    })

    it('no answer: the alerting participant ends (user.end, transfer.noanswer), another agent is offered', () => {
        const cid = create()
        const first = standIn.admin.offer(cid, 'u-1')
        const second = standIn.admin.miss(cid)
        expect(second.participantId).not.toBe(first.participantId)
        expect(agents(cid)).toEqual([
            ['u-1', 'disconnected'],
            ['u-2', 'alerting'],
        ])
        const events = standIn.admin.drainEvents()
        expect(events.map((e) => e.suffix)).toEqual(['user.start', 'user.end', 'user.start'])
        expect(events[1].event).toMatchObject({
            participantId: first.participantId,
            disconnectType: 'transfer.noanswer',
        })
        expect(events[2].event).toMatchObject({ participantId: second.participantId, userId: 'u-2' })
    })

    it('with autoOffer Genesys offers a new email by itself', () => {
        standIn.admin.setAutoOffer(true)
        const cid = create()
        expect(agents(cid)).toEqual([['u-1', 'alerting']])
        expect(drained()).toEqual(['user.start u-1'])
    })

    it('reads follow EmailConversation / EmailMediaParticipant (SDK models), states from the state enum', () => {
        const cid = create()
        const first = standIn.admin.assignAgent(cid, 'u-1')
        parking(cid, first.participantId, { state: 'parked' })
        standIn.admin.desktopTransfer(cid, { userId: 'u-2' })
        const second = standIn.admin.accept(cid, 'u-2')
        rawCall(standIn, 'PATCH', `/api/v2/conversations/emails/${cid}/participants/${second.participantId}`, {
            token,
            body: { state: 'disconnected', wrapup: { code: 'w-1', notes: 'done' } },
        })
        const other = create()
        const parked = standIn.admin.assignAgent(other, 'u-1')
        parking(other, parked.participantId, { state: 'parked' })
        for (const conversation of [read(cid), read(other)]) {
            expect(checkAgainstModel(conversation, 'EmailConversation')).toEqual([])
            for (const p of conversation.participants) {
                expect(SDK_ENUMS['EmailMediaParticipant.state']).toContain(p.state)
                expect(SDK_ENUMS['EmailMediaParticipant.purpose']).toContain(p.purpose)
                if (p.disconnectType !== undefined)
                    expect(SDK_ENUMS['EmailMediaParticipant.disconnectType']).toContain(p.disconnectType)
            }
        }
        expect(read(other).participants[2]).toMatchObject({ state: 'parked', parkTime: expect.any(String) })
        const conversation = read(cid)
        for (const p of conversation.participants) {
            expect(SDK_ENUMS['EmailMediaParticipant.state']).toContain(p.state)
            expect(SDK_ENUMS['EmailMediaParticipant.purpose']).toContain(p.purpose)
        }
    })
})

describe('transfers, disconnects and the conversation end', () => {
    it('transfer to a queue: the agent participant ends (user.end transfer); the new queue offers again', () => {
        standIn.admin.setAutoOffer(true)
        const cid = create()
        const agent = standIn.admin.accept(cid)
        const response = rawCall(
            standIn,
            'POST',
            `/api/v2/conversations/${cid}/participants/${agent.participantId}/replace/queue`,
            { token, body: { queueId: 'q-2' } }
        )
        expect(response.status).toBe(202)
        const events = standIn.admin.drainEvents()
        expect(events.map((e) => e.suffix)).toEqual(['user.start', 'user.end', 'user.start'])
        expect(events[1].event).toMatchObject({ disconnectType: 'transfer', queueId: 'q-1' })
        expect(events[2].event).toMatchObject({ userId: 'u-2', queueId: 'q-2' })
    })

    it('transfer to an agent replaces the participant with an alerting one for that agent', () => {
        const cid = create()
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        rawCall(standIn, 'POST', `/api/v2/conversations/${cid}/participants/${agent.participantId}/replace/agent`, {
            token,
            body: { userId: 'u-2' },
        })
        expect(agents(cid)).toEqual([
            ['u-1', 'disconnected'],
            ['u-2', 'alerting'],
        ])
        expect(drained()).toEqual(['user.start u-1', 'user.end u-1', 'user.start u-2'])
    })

    it('desktop transfer and supervisor disconnect come from the Genesys side, with their events', () => {
        const cid = create()
        standIn.admin.assignAgent(cid, 'u-1')
        standIn.admin.desktopTransfer(cid, { userId: 'u-2' })
        standIn.admin.accept(cid, 'u-2')
        standIn.admin.supervisorDisconnect(cid)
        expect(agents(cid)).toEqual([
            ['u-1', 'disconnected'],
            ['u-2', 'disconnected'],
        ])
        const events = standIn.admin.drainEvents()
        expect(events.map((e) => e.suffix)).toEqual(['user.start', 'user.end', 'user.start', 'user.end'])
        expect(events[3].event).toMatchObject({ userId: 'u-2', disconnectType: 'system' })
    })

    it('disconnect with wrap-up ends the agent participant (user.end client); ending the conversation fires customer.end', () => {
        const cid = create()
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        rawCall(standIn, 'PATCH', `/api/v2/conversations/emails/${cid}/participants/${agent.participantId}`, {
            token,
            body: { state: 'disconnected', wrapup: { code: 'w-1' } },
        })
        standIn.admin.endConversation(cid)
        const events = standIn.admin.drainEvents()
        expect(events.map((e) => e.suffix)).toEqual(['user.start', 'user.end', 'customer.end'])
        expect(events[1].event).toMatchObject({ disconnectType: 'client' })
        expect(checkAgainstModel(events[2].event, 'CustomerEndDetailEventTopicCustomerEndEvent')).toEqual([])
        expect(read(cid).participants.every((p: Json) => p.state === 'disconnected')).toBe(true)
    })

    it("lists the participant's wrap-up codes: after a transfer, the new queue's", () => {
        const cid = create()
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        const path = (pid: string) => `/api/v2/conversations/emails/${cid}/participants/${pid}/wrapupcodes`
        expect(rawCall(standIn, 'GET', path(agent.participantId), { token }).json()).toEqual([
            { id: 'w-1', name: 'Solved' },
        ])
        standIn.admin.desktopTransfer(cid, { queueId: 'q-2' })
        const next = standIn.admin.offer(cid, 'u-2')
        expect(rawCall(standIn, 'GET', path(next.participantId), { token }).json()).toEqual([
            { id: 'w-2', name: 'Refund' },
        ])
    })
})

describe('parking', () => {
    it('parks with an optional resumeTime, shows parkTime/resumeTime, and resumes by itself when it is due', () => {
        const cid = create()
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        const resumeAt = new Date(Date.now() + 60 * 60 * 1000).toISOString()
        expect(parking(cid, agent.participantId, { state: 'parked', resumeTime: resumeAt }).status).toBe(202)
        const parked = read(cid).participants.find((p: Json) => p.id === agent.participantId)
        expect(parked).toMatchObject({ state: 'parked', resumeTime: resumeAt, parkTime: expect.any(String) })
        expect(standIn.admin.advanceTime(30 * 60 * 1000).resumed).toBe(0)
        expect(standIn.admin.advanceTime(31 * 60 * 1000).resumed).toBe(1)
        expect(agents(cid)).toEqual([['u-1', 'connected']])
    })

    it('auto-resumes after 7 days without a resumeTime', () => {
        const cid = create()
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        parking(cid, agent.participantId, { state: 'parked' })
        standIn.admin.advanceTime(AUTO_RESUME_MS - 1000)
        expect(agents(cid)).toEqual([['u-1', 'parked']])
        standIn.admin.advanceTime(1000)
        expect(agents(cid)).toEqual([['u-1', 'connected']])
    })

    it('refuses an 11th parked email for one user with a Genesys ErrorBody (400)', () => {
        const pids: [string, string][] = []
        for (let i = 0; i <= MAX_PARKED_PER_USER; i++) {
            const cid = create()
            pids.push([cid, standIn.admin.assignAgent(cid, 'u-1').participantId])
        }
        for (const [cid, pid] of pids.slice(0, MAX_PARKED_PER_USER))
            expect(parking(cid, pid, { state: 'parked' }).status).toBe(202)
        const [cid, pid] = pids[MAX_PARKED_PER_USER]
        const refused = parking(cid, pid, { state: 'parked' })
        expect(refused.status).toBe(400)
        expect(refused.json()).toMatchObject({ status: 400, code: 'bad.request', message: expect.stringMatching(/10/) })
        expect(agents(cid)).toEqual([['u-1', 'connected']])
        parking(pids[0][0], pids[0][1], { state: 'connected' })
        expect(parking(cid, pid, { state: 'parked' }).status).toBe(202)
    })
})

describe('chained customer replies (inboundmessages)', () => {
    const reply = (cid: string) =>
        rawCall(standIn, 'POST', `/api/v2/conversations/emails/${cid}/inboundmessages`, {
            token,
            body: { provider: 'ServiceNow', fromAddress: 'c@y.test', subject: 'Re: Hi' },
        })

    it('un-parks a parked email back to the same agent participant', () => {
        const cid = create()
        const agent = standIn.admin.assignAgent(cid, 'u-1')
        parking(cid, agent.participantId, { state: 'parked' })
        expect(reply(cid).status).toBe(200)
        expect(read(cid).participants.find((p: Json) => p.id === agent.participantId).state).toBe('connected')
    })

    it('after the agent disconnected, routes the same conversation through its queue again (new offer)', () => {
        standIn.admin.setAutoOffer(true)
        const cid = create()
        const first = standIn.admin.accept(cid)
        rawCall(standIn, 'PATCH', `/api/v2/conversations/emails/${cid}/participants/${first.participantId}`, {
            token,
            body: { state: 'disconnected', wrapup: { code: 'w-1' } },
        })
        standIn.admin.endConversation(cid)
        expect(reply(cid).status).toBe(200)
        expect(standIn.admin.conversationIds()).toEqual([cid])
        expect(agents(cid)).toEqual([
            ['u-1', 'disconnected'],
            ['u-2', 'alerting'],
        ])
        expect(drained()).toEqual(['user.start u-1', 'user.end u-1', 'customer.end -', 'user.start u-2'])
    })
})
