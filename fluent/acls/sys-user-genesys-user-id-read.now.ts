import { Acl } from '@servicenow/sdk/core'
import { agentRole } from '../roles/agent.now'
import { integrationRole } from '../roles/integration.now'

Acl({
    $id: Now.ID['acl-sys-user-genesys-user-id-read'],
    type: 'record',
    table: 'sys_user',
    field: 'x_gcer_genesys_user_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents see who is mapped to Genesys (the transfer list).',
})
