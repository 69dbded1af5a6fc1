import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-routing-event-delete'],
    type: 'record',
    table: 'x_gcer_routing_event',
    operation: 'delete',
    roles: [adminRole],
    description: 'Only app admins purge routing history.',
})
