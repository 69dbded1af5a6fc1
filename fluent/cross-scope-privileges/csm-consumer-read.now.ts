import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Reply reaches a B2C consumer at the consumer's email address.
CrossScopePrivilege({
    $id: Now.ID['privilege-csm-consumer-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'csm_consumer',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
