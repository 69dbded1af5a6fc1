import { processDue } from '../../../src/app/outbox'
import { reconcile } from '../../../src/app/reconcile'
import type { RoutingDeps } from '../../../src/app/routing-deps'
import { createRoutingService, type RoutingService } from '../../../src/app/routing-service'
import type { GenesysEventInput } from '../../../src/app/use-cases/genesys-event'
import { INTERACTION_ATTRIBUTE } from '../../../src/genesys/send-command'
import { countingDeps, type PortCounts } from './counting'
import {
    ACTORS,
    BOB,
    CONVERSATION,
    CUSTOMER_EMAIL,
    INTERACTION,
    NEW_PARTICIPANT,
    SUPPORT_QUEUE,
    interactionIn,
} from './fixtures'
import { GENESYS_ERRORS } from './scripted-genesys'
import { createWorld, type World } from './world'

export interface Scenario {
    readonly name: string
    /** Builds the world the measured call starts from (not counted). */
    setup(): World
    run(service: RoutingService, deps: RoutingDeps, world: World): unknown
}

const id = { interactionSysId: INTERACTION }
const seeded = (status: Parameters<typeof interactionIn>[0]) => () =>
    createWorld({ interactions: [interactionIn(status)] })

/** A user.start / customer.end event body as the shipped Data Action posts it. */
const event = (suffix: 'user.start' | 'customer.end'): GenesysEventInput => ({
    topicName: `v2.detail.events.conversation.${CONVERSATION}.${suffix}`,
    eventTime: Date.UTC(2025, 0, 6, 8, 59),
    conversationId: CONVERSATION,
    participantId: NEW_PARTICIPANT,
    sessionId: null,
    userId: suffix === 'user.start' ? BOB.genesysUserId : null,
    queueId: null,
    mediaType: 'EMAIL',
})
const bobOffered = (world: World, attributes: Record<string, string> = {}) =>
    world.genesys.setConversation(CONVERSATION, [
        { id: 'p-customer', purpose: 'customer', state: 'connected', attributes },
        { id: NEW_PARTICIPANT, purpose: 'agent', state: 'connected', userId: BOB.genesysUserId },
    ])
const customerGone = (world: World) =>
    world.genesys.setConversation(CONVERSATION, [{ id: 'p-customer', purpose: 'customer', state: 'disconnected' }])

/** The happy path of every use case, plus the outbox paths: what the benchmark measures. */
export const SCENARIOS: readonly Scenario[] = [
    { name: 'emailReceived', setup: () => createWorld(), run: (s) => s.emailReceived(CUSTOMER_EMAIL) },
    {
        name: 'genesysEvent (user.start: assigned)',
        setup: () => {
            const world = seeded('queued')()
            bobOffered(world)
            return world
        },
        run: (s) => s.genesysEvent(ACTORS.integration, event('user.start')),
    },
    { name: 'hold', setup: seeded('connected'), run: (s) => s.hold(ACTORS.owner, id) },
    { name: 'resume', setup: seeded('parked'), run: (s) => s.resume(ACTORS.owner, id) },
    {
        name: 'customerReply (parked)',
        setup: seeded('parked'),
        run: (s) => s.customerReply({ ...CUSTOMER_EMAIL, ...id, emailSysId: 'email-1' }),
    },
    {
        name: 'customerReply (closed)',
        setup: seeded('closed'),
        run: (s) => s.customerReply({ ...CUSTOMER_EMAIL, ...id, emailSysId: 'email-1' }),
    },
    {
        name: 'transfer (queue)',
        setup: seeded('connected'),
        run: (s) => s.transfer(ACTORS.owner, { ...id, target: `queue:${SUPPORT_QUEUE}` }),
    },
    {
        name: 'transfer (agent)',
        setup: seeded('connected'),
        run: (s) => s.transfer(ACTORS.owner, { ...id, target: `agent:${BOB.userSysId}` }),
    },
    { name: 'disconnect', setup: seeded('connected'), run: (s) => s.disconnect(ACTORS.owner, id) },
    {
        name: 'disconnect (Genesys down)',
        setup: () => {
            const world = seeded('connected')()
            world.genesys.goDown(GENESYS_ERRORS.unavailable())
            return world
        },
        run: (s) => s.disconnect(ACTORS.owner, id),
    },
    { name: 'createCase', setup: seeded('parked'), run: (s) => s.createCase(ACTORS.owner, id) },
    {
        name: 'genesysEvent (conversation adopted: named by its attributes)',
        setup: () => {
            const world = createWorld({ interactions: [interactionIn('queued', { conversationId: null })] })
            bobOffered(world, { [INTERACTION_ATTRIBUTE]: INTERACTION })
            return world
        },
        run: (s) => s.genesysEvent(ACTORS.integration, event('user.start')),
    },
    {
        name: 'genesysEvent (customer.end: queued -> abandoned)',
        setup: () => {
            const world = seeded('queued')()
            customerGone(world)
            return world
        },
        run: (s) => s.genesysEvent(ACTORS.integration, event('customer.end')),
    },
    {
        name: 'genesysEvent (customer.end: connected -> closed)',
        setup: () => {
            const world = seeded('connected')()
            customerGone(world)
            return world
        },
        run: (s) => s.genesysEvent(ACTORS.integration, event('customer.end')),
    },
    {
        name: 'reconcile (1 interaction corrected: its assignment was lost)',
        setup: () => {
            const world = seeded('queued')()
            bobOffered(world)
            return world
        },
        run: (_s, deps) => reconcile(deps, { staleAfterSeconds: 600, maxPerRun: 50 }),
    },
    { name: 'transferOptions', setup: seeded('connected'), run: (s) => s.transferOptions(ACTORS.owner, id) },
    {
        name: 'processDue (1 row delivered)',
        setup: () => {
            const world = seeded('connected')()
            world.genesys.goDown(GENESYS_ERRORS.unavailable())
            world.service.disconnect(ACTORS.owner, id)
            world.genesys.recover()
            return world
        },
        run: (_s, deps) => processDue(deps, 10),
    },
]

/** Runs one scenario through counting ports and returns `port.method -> calls`. */
export function measure(scenario: Scenario): PortCounts {
    const world = scenario.setup()
    const counting = countingDeps(world.deps)
    scenario.run(createRoutingService(counting.deps), counting.deps, world)
    // Reading the clock is no platform round trip.
    return Object.fromEntries(Object.entries(counting.counts).filter(([key]) => !key.startsWith('clock.')))
}
