import { createOutboxProcessor } from '../../../src/app/outbox-processor'
import { createRoutingService, type RoutingService } from '../../../src/app/routing-service'
import type { OutboxProcessor } from '../../../src/app/outbox-processor'
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
    run(service: RoutingService, processor: OutboxProcessor, world: World): unknown
}

const id = { interactionSysId: INTERACTION }
/** A real-looking sys_id, for Genesys events that name the interaction (they must carry 32 hex digits). */
const SYS_ID = '0123456789abcdef0123456789abcdef'
const seeded = (status: Parameters<typeof interactionIn>[0]) => () =>
    createWorld({ interactions: [interactionIn(status)] })

/** The happy path of every use case, plus the outbox paths: what the benchmark measures. */
export const SCENARIOS: readonly Scenario[] = [
    { name: 'emailReceived', setup: () => createWorld(), run: (s) => s.emailReceived(CUSTOMER_EMAIL) },
    {
        name: 'agentAssigned',
        setup: seeded('queued'),
        run: (s) =>
            s.agentAssigned(ACTORS.integration, {
                conversationId: CONVERSATION,
                genesysUserId: BOB.genesysUserId,
                participantId: NEW_PARTICIPANT,
                eventId: 'evt-1',
            }),
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
        name: 'agentAssigned (conversation adopted by interaction sys_id)',
        setup: () => createWorld({ interactions: [interactionIn('queued', { sysId: SYS_ID, conversationId: null })] }),
        run: (s) =>
            s.agentAssigned(ACTORS.integration, {
                conversationId: CONVERSATION,
                interactionSysId: SYS_ID,
                genesysUserId: BOB.genesysUserId,
                participantId: NEW_PARTICIPANT,
                eventId: 'evt-1',
            }),
    },
    {
        name: 'conversationEnded (queued -> abandoned)',
        setup: seeded('queued'),
        run: (s) => s.conversationEnded(ACTORS.integration, { conversationId: CONVERSATION, eventId: 'evt-1' }),
    },
    {
        name: 'conversationEnded (connected -> closed)',
        setup: seeded('connected'),
        run: (s) => s.conversationEnded(ACTORS.integration, { conversationId: CONVERSATION, eventId: 'evt-1' }),
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
        run: (_s, p, w) => p.processDue(w.clock.nowMs(), 10),
    },
]

/** Runs one scenario through counting ports and returns `port.method -> calls`. */
export function measure(scenario: Scenario): PortCounts {
    const world = scenario.setup()
    const counting = countingDeps(world.deps)
    scenario.run(createRoutingService(counting.deps), createOutboxProcessor(counting.deps), world)
    return { ...counting.counts }
}
