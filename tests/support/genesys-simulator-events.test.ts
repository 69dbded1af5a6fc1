import { startStandIn } from './genesys-stand-in/start-stand-in'
import type { RunningStandIn } from './genesys-stand-in/start-stand-in'
import { fetchToken, rawCall } from './genesys-stand-in/stand-in-calls'
import { EventPipeline } from './genesys-stand-in/event-chaos'
import { userStartEvent } from './genesys-events'
import type { TopicEvent } from './genesys-events'
import { ENDPOINT_BODY_FIELDS } from '../genesys-setup/endpoint-contract'

/** The trigger events on their way to the instance: rendered bodies, seeded chaos, heal. */
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
    standIn.admin.seedQueues([{ id: 'q-1', name: 'Support' }])
    standIn.admin.seedUsers([
        { id: 'u-1', name: 'Ada' },
        { id: 'u-2', name: 'Bob' },
    ])
    token = fetchToken(standIn)
})

function create(): string {
    return rawCall(standIn, 'POST', '/api/v2/conversations/emails', {
        token,
        body: { provider: 'ServiceNow', queueId: 'q-1', fromAddress: 'c@y.test', subject: 'Hi' },
    }).json().id
}

/** Offer, miss (user.end + re-offer), accept, end (user.end + customer.end): five events per conversation. */
function script(conversations: number): void {
    for (let i = 0; i < conversations; i++) {
        const cid = create()
        standIn.admin.offer(cid, 'u-1')
        standIn.admin.miss(cid)
        standIn.admin.accept(cid)
        standIn.admin.endConversation(cid)
    }
}

const events = (n: number): TopicEvent[] =>
    Array.from({ length: n }, (_, i) => ({ suffix: 'user.start', event: userStartEvent({ eventTime: i }) }))

describe('event bodies', () => {
    it('drains each fired event once, in firing order, rendered into the endpoint body by the shipped template', () => {
        const cid = create()
        const offered = standIn.admin.offer(cid, 'u-1')
        const bodies = standIn.admin.drainEventBodies().map((b) => JSON.parse(b))
        expect(bodies).toEqual([
            {
                topicName: `v2.detail.events.conversation.${cid}.user.start`,
                eventTime: expect.any(Number),
                conversationId: cid,
                participantId: offered.participantId,
                sessionId: offered.communicationId,
                userId: 'u-1',
                queueId: 'q-1',
                mediaType: 'EMAIL',
                provider: 'ServiceNow',
            },
        ])
        expect(Object.keys(bodies[0]).every((k) => k in ENDPOINT_BODY_FIELDS)).toBe(true)
        expect(standIn.admin.drainEventBodies()).toEqual([])
    })

    it('stamps events with the simulated clock', () => {
        const cid = create()
        standIn.admin.advanceTime(24 * 60 * 60 * 1000)
        standIn.admin.offer(cid, 'u-1')
        const [event] = standIn.admin.drainEvents()
        expect(event.event.eventTime).toBeGreaterThan(Date.now() + 23 * 60 * 60 * 1000)
    })
})

describe('seeded chaos: duplicate, reorder, delay, drop', () => {
    const chaos = { seed: 42, duplicateRate: 0.2, reorderRate: 0.2, delayRate: 0.2, dropRate: 0.1, maxDelayDrains: 2 }

    function run(seed: number): string[] {
        const pipeline = new EventPipeline()
        pipeline.configure({ ...chaos, seed })
        const out: string[] = []
        for (let drain = 0; drain < 5; drain++)
            out.push(...pipeline.drain(events(20)).map((e) => `${drain}:${e.event.eventTime}`))
        pipeline.heal()
        out.push(...pipeline.drain([]).map((e) => `heal:${e.event.eventTime}`))
        return out
    }

    it('gives the same deliveries for the same seed, different ones for another seed', () => {
        expect(run(7)).toEqual(run(7))
        expect(run(7)).not.toEqual(run(8))
    })

    it('does every kind of damage, within bounds, and loses nothing but the drops once healed', () => {
        const pipeline = new EventPipeline()
        pipeline.configure(chaos)
        let delivered = 0
        for (let drain = 0; drain < 20; drain++) delivered += pipeline.drain(events(50)).length
        pipeline.heal()
        delivered += pipeline.drain([]).length
        const c = pipeline.counts
        expect(c.duplicated).toBeGreaterThan(0)
        expect(c.reordered).toBeGreaterThan(0)
        expect(c.delayed).toBeGreaterThan(0)
        expect(c.dropped).toBeGreaterThan(0)
        expect(pipeline.pendingHeld()).toBe(0)
        expect(delivered).toBe(1000 - c.dropped + c.duplicated)
    })

    it('caps every rate at 0.5: most events still arrive even when asked to drop them all', () => {
        const pipeline = new EventPipeline()
        pipeline.configure({ seed: 1, dropRate: 1 })
        expect(pipeline.drain(events(400)).length).toBeGreaterThan(150)
    })

    it('holds a delayed event for at most maxDelayDrains drains', () => {
        const pipeline = new EventPipeline()
        pipeline.configure({ seed: 3, delayRate: 0.5, maxDelayDrains: 2 })
        pipeline.drain(events(100))
        pipeline.drain([])
        pipeline.drain([])
        expect(pipeline.pendingHeld()).toBe(0)
    })

    it('is deterministic end to end through the running stand-in, and heal() delivers what was held back', () => {
        const once = (): string[] => {
            standIn.admin.reset()
            standIn.admin.seedQueues([{ id: 'q-1', name: 'Support' }])
            standIn.admin.seedUsers([
                { id: 'u-1', name: 'Ada' },
                { id: 'u-2', name: 'Bob' },
            ])
            token = fetchToken(standIn)
            standIn.admin.configureEventChaos(chaos)
            script(10)
            const shape = standIn.admin.drainEvents().map((e) => `${e.suffix}`)
            standIn.admin.heal()
            const released = standIn.admin.drainEvents().map((e) => `held ${e.suffix}`)
            return [...shape, ...released]
        }
        const first = once()
        expect(once()).toEqual(first)
        expect(standIn.admin.eventStats()).toMatchObject({ held: 0, undrained: 0 })
        const stats = standIn.admin.eventStats()
        expect(stats.delivered).toBe(50 - stats.dropped + stats.duplicated)
    })
})
