import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Agents are mapped to Genesys users on sys_user.
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-user-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
