import { createRoutingService } from '../app/routing-service'
import { currentActor } from '../platform/current-actor'
import { platformMaxPayloadBytes } from '../platform/settings/payload-limit'
import { createPlatformRoutingDeps } from '../platform/platform-routing-deps'
import { handleGenesysEvent } from '../platform/rest/genesys-events-endpoint'
import type { GenesysEventKind } from '../platform/rest/genesys-event-request'
import { readBodyText, writeReply, type RestRequestLike, type RestResponseLike } from '../platform/rest/rest-io'

function serve(kind: GenesysEventKind, request: RestRequestLike, response: RestResponseLike): void {
    const service = createRoutingService(createPlatformRoutingDeps('interactive'))
    const call = { kind, actor: currentActor(), bodyText: readBodyText(request), maxBytes: platformMaxPayloadBytes() }
    writeReply(response, handleGenesysEvent(service, call))
}

/** POST /api/x_gcer/genesys/agent-assigned */
export function agentAssignedRoute(request: RestRequestLike, response: RestResponseLike): void {
    serve('agent_assigned', request, response)
}

/** POST /api/x_gcer/genesys/conversation-ended */
export function conversationEndedRoute(request: RestRequestLike, response: RestResponseLike): void {
    serve('conversation_ended', request, response)
}
