import type { ActionResult, GenesysEventDone } from '../../app/action-result'
import type { Actor } from '../../app/ports'
import type { RoutingService } from '../../app/routing-service'
import { apiError, errorReply, type ApiReply } from './api-error'
import { apiErrorFromApp } from './app-error-status'
import { parseGenesysEvent, type GenesysEventKind } from './genesys-event-request'

export interface GenesysEventCall {
    readonly kind: GenesysEventKind
    readonly actor: Actor
    readonly bodyText: string | null
    readonly maxBytes: number
}

function run(
    service: RoutingService,
    call: GenesysEventCall
): ActionResult<GenesysEventDone> | ReturnType<typeof errorReply> {
    const parsed = parseGenesysEvent(call.kind, call.bodyText, call.maxBytes)
    if (!parsed.ok) return errorReply(parsed.error)
    const event = parsed.value
    if (event.kind === 'agent_assigned')
        return service.agentAssigned(call.actor, {
            eventId: event.eventId,
            conversationId: event.conversationId,
            participantId: event.participantId,
            genesysUserId: event.userId,
            communicationId: event.communicationId,
            interactionSysId: event.interactionSysId,
        })
    return service.conversationEnded(call.actor, {
        eventId: event.eventId,
        conversationId: event.conversationId,
        interactionSysId: event.interactionSysId,
    })
}

/**
 * One Genesys notification: role first (nothing about the body or the records leaks to a caller
 * without x_gcer.integration), then size and shape, then the use case. Every answer is JSON.
 */
export function handleGenesysEvent(service: RoutingService, call: GenesysEventCall): ApiReply {
    if (!call.actor.isIntegration)
        return errorReply(
            apiError(403, 'forbidden', 'The x_gcer.integration role is required to report Genesys events.')
        )
    const result = run(service, call)
    if (!('ok' in result)) return result
    if (!result.ok) return errorReply(apiErrorFromApp(result.error, 'userId'))
    const { interaction, outcome, message, duplicate } = result.value
    return {
        status: 200,
        body: {
            outcome,
            duplicate,
            interaction: { number: interaction.number, status: interaction.status },
            message,
        },
    }
}
