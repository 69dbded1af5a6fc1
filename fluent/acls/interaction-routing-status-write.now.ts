import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-interaction-routing-status-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_routing_status',
    operation: 'write',
    roles: [adminRole],
    description: 'The status changes through the app actions; only app admins correct it by hand.',
})
