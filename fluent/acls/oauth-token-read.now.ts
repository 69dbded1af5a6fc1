import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-oauth-token-read'],
    type: 'record',
    table: 'x_gcer_oauth_token',
    operation: 'read',
    roles: [adminRole],
    description: 'The cached token is encrypted; only app admins see that a row exists.',
})
