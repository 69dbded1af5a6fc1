import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-outbox-delete'],
    type: 'record',
    table: 'x_gcer_outbox',
    operation: 'delete',
    roles: [adminRole],
    description: 'App admins discard a Genesys update.',
})
