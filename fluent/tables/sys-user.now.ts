import { Acl, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole, agentRole, integrationRole } from '../security/roles.now'

// The agent mapping: a ServiceNow user is a transfer target only when this holds their Genesys user id.
export const sys_user = Table({
    augments: 'sys_user',
    schema: {
        x_gcer_genesys_user_id: StringColumn({ label: 'Genesys Cloud user ID', maxLength: 40, audit: true }),
    },
})

Acl({
    $id: Now.ID['acl-sys-user-genesys-user-id-read'],
    type: 'record',
    table: 'sys_user',
    field: 'x_gcer_genesys_user_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents see who is mapped to Genesys (the transfer list).',
})

Acl({
    $id: Now.ID['acl-sys-user-genesys-user-id-write'],
    type: 'record',
    table: 'sys_user',
    field: 'x_gcer_genesys_user_id',
    operation: 'write',
    roles: [adminRole],
    description: 'App admins map ServiceNow users to Genesys users.',
})
