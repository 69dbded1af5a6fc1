import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-interaction-pending-target-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_pending_target',
    operation: 'write',
    roles: [adminRole],
    description: 'Set by Transfer Email; only app admins correct it by hand.',
})
