import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Routing reads the interaction it works on.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'interaction',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
