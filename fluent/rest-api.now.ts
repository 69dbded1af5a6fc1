import { Acl, RestApi } from '@servicenow/sdk/core'
import { integrationRole } from './security/roles.now'
import { agentAssignedRoute, conversationEndedRoute } from '../src/server/genesys-events-api'

// Only the integration user Genesys Cloud signs in as may call the events API (the handler checks again).
export const genesysEventsAcl = Acl({
    $id: Now.ID['acl-rest-genesys-events'],
    name: 'x_gcer genesys events',
    type: 'rest_endpoint',
    operation: 'execute',
    roles: [integrationRole],
    adminOverrides: false,
    description: 'Genesys Cloud reports agent assignment and conversation end through the x_gcer genesys API.',
})

// Genesys Cloud -> ServiceNow: /api/x_gcer/genesys/agent-assigned and /conversation-ended (JSON in, JSON out).
RestApi({
    $id: Now.ID['rest-genesys-events'],
    name: 'Genesys Cloud events',
    serviceId: 'genesys',
    consumes: 'application/json',
    produces: 'application/json',
    shortDescription: 'Genesys Cloud tells ServiceNow when an agent is assigned an email or a conversation ends.',
    enforceAcl: [genesysEventsAcl],
    routes: [
        {
            $id: Now.ID['rest-genesys-events-agent-assigned'],
            name: 'agent assigned',
            method: 'POST',
            path: '/agent-assigned',
            script: agentAssignedRoute,
            authentication: true,
            authorization: true,
            enforceAcl: [genesysEventsAcl],
            consumes: 'application/json',
            produces: 'application/json',
            shortDescription:
                'An agent accepted the email: the interaction becomes Connected, owned by the mapped user.',
            requestExample:
                '{"eventId":"<uuid>","conversationId":"<uuid>","participantId":"<uuid>","userId":"<uuid>","communicationId":"<uuid>","interactionSysId":"<sys_id>"}',
        },
        {
            $id: Now.ID['rest-genesys-events-conversation-ended'],
            name: 'conversation ended',
            method: 'POST',
            path: '/conversation-ended',
            script: conversationEndedRoute,
            authentication: true,
            authorization: true,
            enforceAcl: [genesysEventsAcl],
            consumes: 'application/json',
            produces: 'application/json',
            shortDescription:
                'Genesys ended the conversation: a queued interaction becomes Abandoned, a held one Closed (owner kept).',
            requestExample: '{"eventId":"<uuid>","conversationId":"<uuid>","interactionSysId":"<sys_id>"}',
        },
    ],
})
