import { CrossScopePrivilege } from '@servicenow/sdk/core'

// A case whose link to the interaction failed is removed again.
CrossScopePrivilege({
    $id: Now.ID['privilege-sn-customerservice-case-delete'],
    operation: 'delete',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})
