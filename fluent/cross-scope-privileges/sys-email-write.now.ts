import { CrossScopePrivilege } from '@servicenow/sdk/core'

// The received email is pointed at the interaction the app created for it.
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-email-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sys_email',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
