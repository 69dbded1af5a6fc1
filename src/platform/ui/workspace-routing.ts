import { createRoutingService, type RoutingService } from '../../app/routing-service'
import type { Actor } from '../../app/ports'
import { currentActor } from '../current-actor'
import { createPlatformRoutingDeps } from '../platform-routing-deps'

/** The routing service and the session user, as every Workspace action needs them. */
export function workspaceRouting(): { service: RoutingService; actor: Actor } {
    return { service: createRoutingService(createPlatformRoutingDeps('interactive')), actor: currentActor() }
}
