import { Acl, DateTimeColumn, Password2Column, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole } from '../security/roles.now'

// The Genesys access token, shared by every transaction until shortly before it expires; one row
// per environment and credential alias, so switching the alias to another OAuth client (or org)
// never reuses the old client's token. Password2 keeps it encrypted; never a plain property.
export const x_gcer_oauth_token = Table({
    name: 'x_gcer_oauth_token',
    label: 'Genesys OAuth Token',
    display: 'environment',
    schema: {
        environment: StringColumn({ label: 'Environment', maxLength: 40, mandatory: true }),
        credential_alias: StringColumn({ label: 'Credential alias', maxLength: 32, mandatory: true }),
        access_token: Password2Column({ label: 'Access token', maxLength: 4000 }),
        expires_at: DateTimeColumn({ label: 'Expires at' }),
    },
    index: [{ name: 'x_gcer_oauth_token_client', unique: true, element: ['environment', 'credential_alias'] }],
    // Only this app's scripts reach the token: no other scope may read, create, change or delete it
    // (SDK table-api.md accessibleFrom / actions; the app's own scope always has full access).
    accessibleFrom: 'package_private',
    actions: [],
    callerAccess: 'restricted',
})

Acl({
    $id: Now.ID['acl-oauth-token-delete'],
    type: 'record',
    table: 'x_gcer_oauth_token',
    operation: 'delete',
    roles: [adminRole],
    description: 'App admins delete the cached token to force a new one.',
})

Acl({
    $id: Now.ID['acl-oauth-token-read'],
    type: 'record',
    table: 'x_gcer_oauth_token',
    operation: 'read',
    roles: [adminRole],
    description: 'The cached token is encrypted; only app admins see that a row exists.',
})
