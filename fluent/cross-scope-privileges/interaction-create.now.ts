import { CrossScopePrivilege } from '@servicenow/sdk/core'

// A new customer email, or a reply to a closed one, becomes an interaction.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'interaction',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
