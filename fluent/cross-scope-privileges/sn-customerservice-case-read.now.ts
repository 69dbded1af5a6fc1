import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Create Case reads back the new case number.
CrossScopePrivilege({
    $id: Now.ID['privilege-sn-customerservice-case-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})
