import type { Actor } from '../../app/ports'
import type { RoutingService } from '../../app/routing-service'
import { apiError, errorReply, type ApiReply } from './api-error'
import { apiErrorFromApp } from './app-error-status'
import { parseGenesysEvent } from './genesys-event-request'

export interface GenesysEventCall {
    readonly actor: Actor
    readonly bodyText: string | null
    readonly maxBytes: number
}

/**
 * POST /api/x_gcer/genesys/events: role first (nothing about the body or the records leaks to a caller without
 * x_gcer.integration), then size and shape, then the use case. 200 applied/unchanged/duplicate; 202 when the
 * conversation could not be read now (the reconciler reads it). Every answer is JSON.
 */
export function handleGenesysEvent(service: RoutingService, call: GenesysEventCall): ApiReply {
    if (!call.actor.isIntegration)
        return errorReply(
            apiError(403, 'forbidden', 'The x_gcer.integration role is required to report Genesys events.')
        )
    const parsed = parseGenesysEvent(call.bodyText, call.maxBytes)
    if (!parsed.ok) return errorReply(parsed.error)
    const result = service.genesysEvent(call.actor, parsed.value)
    if (!result.ok) return errorReply(apiErrorFromApp(result.error, 'userId'))
    const { interaction, outcome, message, duplicate } = result.value
    return {
        status: outcome === 'deferred' ? 202 : 200,
        body: { outcome, duplicate, interaction: { number: interaction.number, status: interaction.status }, message },
    }
}
