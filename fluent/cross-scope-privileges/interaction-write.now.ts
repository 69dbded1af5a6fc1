import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Routing moves status, state and owner together.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'interaction',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
