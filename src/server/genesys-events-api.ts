import { currentActor } from '../platform/current-actor'
import { apiError, errorReply } from '../platform/rest/api-error'
import { handleGenesysEvent } from '../platform/rest/genesys-events-endpoint'
import { readBodyText, writeReply, type RestRequestLike, type RestResponseLike } from '../platform/rest/rest-io'
import { platformMaxPayloadBytes } from '../platform/settings/payload-limit'
import { systemLogger } from '../platform/system-logger'
import { routingService } from './composition-root'

/** POST /api/x_gcer/genesys/events: the shipped Genesys Data Action posts every trigger event here. */
export function genesysEventsRoute(request: RestRequestLike, response: RestResponseLike): void {
    try {
        const call = { actor: currentActor(), bodyText: readBodyText(request), maxBytes: platformMaxPayloadBytes() }
        writeReply(response, handleGenesysEvent(routingService('interactive'), call))
    } catch (thrown) {
        // A bug, not bad input: still a JSON answer Genesys can branch on, and the cause in the log (no body).
        systemLogger.error(`genesys events endpoint failed: ${String(thrown)}`)
        const message = 'The event could not be processed; the cause was logged on the instance.'
        writeReply(response, errorReply(apiError(500, 'internal_error', message)))
    }
}
