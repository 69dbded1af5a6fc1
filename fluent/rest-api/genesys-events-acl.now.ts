import { Acl } from '@servicenow/sdk/core'
import { integrationRole } from '../roles/integration.now'

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
