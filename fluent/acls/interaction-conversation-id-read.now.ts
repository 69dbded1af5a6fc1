import { Acl } from '@servicenow/sdk/core'
import { agentRole } from '../roles/agent.now'
import { integrationRole } from '../roles/integration.now'

Acl({
    $id: Now.ID['acl-interaction-conversation-id-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_conversation_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_conversation_id.',
})
