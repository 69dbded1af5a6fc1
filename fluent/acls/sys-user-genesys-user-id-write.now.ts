import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-sys-user-genesys-user-id-write'],
    type: 'record',
    table: 'sys_user',
    field: 'x_gcer_genesys_user_id',
    operation: 'write',
    roles: [adminRole],
    description: 'App admins map ServiceNow users to Genesys users.',
})
