import { currentActor } from '../platform/current-actor'
import { handleGenesysEvent } from '../platform/rest/genesys-events-endpoint'
import { readBodyText, writeReply, type RestRequestLike, type RestResponseLike } from '../platform/rest/rest-io'
import { platformMaxPayloadBytes } from '../platform/settings/payload-limit'
import { routingService } from './composition-root'

/** POST /api/x_gcer/genesys/events: the shipped Genesys Data Action posts every trigger event here. */
export function genesysEventsRoute(request: RestRequestLike, response: RestResponseLike): void {
    const call = { actor: currentActor(), bodyText: readBodyText(request), maxBytes: platformMaxPayloadBytes() }
    writeReply(response, handleGenesysEvent(routingService('interactive'), call))
}
