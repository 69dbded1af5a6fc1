import type { RoutingDeps } from '../app/routing-deps'
import type { GenesysApi } from '../genesys/genesys-api'
import { createAgentDirectory } from './agent-directory'
import { createCaseNotifier } from './case-notifier'
import { createCaseService } from './case-service'
import { createPlatformGenesysApi, type CallMode } from './genesys/platform-genesys-api'
import { createInteractionRepository } from './interaction-repository'
import { createOutboxStore } from './outbox-store'
import { createRoutingEventLog } from './routing-event-log'
import { createConfigSource } from './settings/property-source'
import { systemClock } from './system-clock'

/** Every port of the routing service over Glide, plus the Genesys client for the given call mode. */
export function createPlatformRoutingDeps(mode: CallMode, genesys?: GenesysApi): RoutingDeps {
    const now = () => systemClock.nowMs()
    return {
        interactions: createInteractionRepository(now),
        agents: createAgentDirectory(),
        events: createRoutingEventLog(now),
        outbox: createOutboxStore(),
        cases: createCaseService(),
        notifier: createCaseNotifier(),
        clock: systemClock,
        config: createConfigSource(),
        genesys: genesys || createPlatformGenesysApi(mode),
    }
}
