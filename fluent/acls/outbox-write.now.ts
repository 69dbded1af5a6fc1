import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-outbox-write'],
    type: 'record',
    table: 'x_gcer_outbox',
    operation: 'write',
    roles: [adminRole],
    description: 'App admins requeue a dead Genesys update.',
})
