import { processDue, retryDeadRow, runOutbox } from '../../../src/app/outbox'
import { reconcile, type ReconcileLimits } from '../../../src/app/reconcile'
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
        workerId: 'worker-test',
    }
    return {
        deps,
        service: createRoutingService(deps),
        /** The outbox job's pieces, as src/server/outbox-job.ts runs them. */
        processor: {
            processDue: (_nowMs: number, limit: number) => processDue(deps, limit),
            run: () => runOutbox(deps),
            retry: (rowSysId: string) => retryDeadRow(deps, rowSysId),
        },
        reconcile: (limits?: ReconcileLimits) => reconcile(deps, limits),
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
