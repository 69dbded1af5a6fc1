import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Inbound email actions read the received email.
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-email-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_email',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
