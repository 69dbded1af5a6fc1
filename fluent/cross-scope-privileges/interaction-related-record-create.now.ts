import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Create Case links the case to the interaction.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-related-record-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'interaction_related_record',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
