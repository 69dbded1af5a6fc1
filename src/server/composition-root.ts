import { gs } from '@servicenow/glide'
import type { Actor } from '../app/ports'
import type { RoutingDeps } from '../app/routing-deps'
import { createRoutingService, type RoutingService } from '../app/routing-service'
import { createAgentDirectory } from '../platform/agent-directory'
import { createCaseNotifier } from '../platform/case-notifier'
import { createCaseService } from '../platform/case-service'
import { currentActor } from '../platform/current-actor'
import { createPlatformGenesysApi, type CallMode } from '../platform/genesys/platform-genesys-api'
import { createInteractionRepository } from '../platform/interaction-repository'
import { createOutboxStore } from '../platform/outbox-store'
import { createRoutingEventLog } from '../platform/routing-event-log'
import { createConfigSource } from '../platform/settings/property-source'
import { systemClock } from '../platform/system-clock'

/**
 * The one composition root: every port over Glide, and the Genesys client for the call mode.
 * `interactive` when someone waits on the answer (agent, Genesys, email intake): short timeouts, a few retries;
 * `background` for the outbox and the reconciler: one attempt, never sleeps (the job reschedules).
 * Each transaction gets its own worker id, which outbox claims carry.
 */
export function platformDeps(mode: CallMode): RoutingDeps {
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
        genesys: createPlatformGenesysApi(mode),
        workerId: gs.generateGUID(),
    }
}

/** The routing use cases over the platform wiring. */
export function routingService(mode: CallMode = 'interactive'): RoutingService {
    return createRoutingService(platformDeps(mode))
}

/** The routing service and the session user, as every Workspace action needs them. */
export function workspaceRouting(): { service: RoutingService; actor: Actor } {
    return { service: routingService('interactive'), actor: currentActor() }
}
