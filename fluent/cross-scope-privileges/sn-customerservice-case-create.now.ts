import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Create Case creates the CSM case.
CrossScopePrivilege({
    $id: Now.ID['privilege-sn-customerservice-case-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})
