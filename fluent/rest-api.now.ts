import { Acl, RestApi } from '@servicenow/sdk/core'
import { integrationRole } from './security/roles.now'
import { genesysEventsRoute } from '../src/server/genesys-events-api'

// Only the integration user Genesys Cloud signs in as may call the events API (the handler checks again).
export const genesysEventsAcl = Acl({
    $id: Now.ID['acl-rest-genesys-events'],
    name: 'x_gcer genesys events',
    type: 'rest_endpoint',
    operation: 'execute',
    roles: [integrationRole],
    adminOverrides: false,
    description:
        'Genesys Cloud reports trigger events (offers, agent segment ends, conversation ends) through the x_gcer genesys API.',
})

// Genesys Cloud -> ServiceNow: POST /api/x_gcer/genesys/events, one route for every trigger event the shipped
// Data Action forwards (genesys/data-action). JSON in, JSON out.
RestApi({
    $id: Now.ID['rest-genesys-events'],
    name: 'Genesys Cloud events',
    serviceId: 'genesys',
    consumes: 'application/json',
    produces: 'application/json',
    shortDescription:
        'Genesys Cloud trigger events (user.start, user.end, customer.end): hints to read the conversation.',
    enforceAcl: [genesysEventsAcl],
    routes: [
        {
            $id: Now.ID['rest-genesys-events-event'],
            name: 'event',
            method: 'POST',
            path: '/events',
            script: genesysEventsRoute,
            authentication: true,
            authorization: true,
            enforceAcl: [genesysEventsAcl],
            consumes: 'application/json',
            produces: 'application/json',
            shortDescription:
                'A Process Automation trigger event: ServiceNow reads the conversation and applies what Genesys says.',
            requestExample:
                '{"topicName":"v2.detail.events.conversation.<uuid>.user.start","eventTime":1733140800000,"conversationId":"<uuid>","participantId":"<uuid>","sessionId":"<uuid>","userId":"<uuid>","queueId":"<uuid>","mediaType":"EMAIL","provider":"<provider>"}',
        },
    ],
})
