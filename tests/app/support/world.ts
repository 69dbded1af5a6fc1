import { createOutboxProcessor } from '../../../src/app/outbox-processor'
import type { InteractionRecord, RoutingConfig } from '../../../src/app/ports'
import type { RoutingDeps } from '../../../src/app/routing-deps'
import { createRoutingService } from '../../../src/app/routing-service'
import { ALICE, BOB, CAROL_INACTIVE, CONFIG } from './fixtures'
import {
    fakeClock,
    inMemoryCases,
    inMemoryDirectory,
    inMemoryEventLog,
    inMemoryInteractions,
    inMemoryOutbox,
    recordingNotifier,
    settableConfig,
} from './in-memory-ports'
import { scriptedGenesys } from './scripted-genesys'

/** Everything a use-case test needs, wired the way src/server wires the Glide adapters. */
export function createWorld(options: { interactions?: readonly InteractionRecord[]; config?: RoutingConfig } = {}) {
    const interactions = inMemoryInteractions(options.interactions ?? [])
    const events = inMemoryEventLog()
    const outbox = inMemoryOutbox()
    const cases = inMemoryCases()
    const notifier = recordingNotifier()
    const clock = fakeClock()
    const config = settableConfig(options.config ?? CONFIG)
    const genesys = scriptedGenesys()
    const deps: RoutingDeps = {
        interactions,
        agents: inMemoryDirectory([ALICE, BOB, CAROL_INACTIVE]),
        events,
        outbox,
        cases,
        notifier,
        clock,
        config,
        genesys: genesys.api,
    }
    return {
        deps,
        service: createRoutingService(deps),
        processor: createOutboxProcessor(deps),
        interactions,
        events,
        outbox,
        cases,
        notifier,
        clock,
        config,
        genesys,
        /** The stored record (not what the use case returned). */
        stored: (sysId: string) => interactions.rows.get(sysId) ?? null,
    }
}

export type World = ReturnType<typeof createWorld>
