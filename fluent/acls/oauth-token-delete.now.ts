import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/admin.now'

Acl({
    $id: Now.ID['acl-oauth-token-delete'],
    type: 'record',
    table: 'x_gcer_oauth_token',
    operation: 'delete',
    roles: [adminRole],
    description: 'App admins delete the cached token to force a new one.',
})
