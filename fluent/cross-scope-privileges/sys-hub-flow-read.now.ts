import { CrossScopePrivilege } from '@servicenow/sdk/core'

// The coexistence check reads whether Email Interaction for CSM's email flows are active (name, active).
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-hub-flow-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_flow',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
