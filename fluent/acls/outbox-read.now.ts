import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-outbox-read'],
    type: 'record',
    table: 'x_gcer_outbox',
    operation: 'read',
    roles: [adminRole],
    description: 'App admins watch pending and dead Genesys updates.',
})
