import { Acl } from '@servicenow/sdk/core'
import { agentRole } from '../roles/agent.now'
import { integrationRole } from '../roles/integration.now'

Acl({
    $id: Now.ID['acl-routing-event-read'],
    type: 'record',
    table: 'x_gcer_routing_event',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents read the routing history of interactions.',
})
