import { CrossScopePrivilege } from '@servicenow/sdk/core'

// A new email is matched to the customer contact who sent it.
CrossScopePrivilege({
    $id: Now.ID['privilege-customer-contact-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'customer_contact',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// A new customer email, or a reply to a closed one, becomes an interaction.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'interaction',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Routing reads the interaction it works on.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'interaction',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Create Case links the case to the interaction.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-related-record-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'interaction_related_record',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Routing moves status, state and owner together.
CrossScopePrivilege({
    $id: Now.ID['privilege-interaction-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'interaction',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Create Case creates the CSM case.
CrossScopePrivilege({
    $id: Now.ID['privilege-sn-customerservice-case-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})

// A case whose link to the interaction failed is removed again.
CrossScopePrivilege({
    $id: Now.ID['privilege-sn-customerservice-case-delete'],
    operation: 'delete',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})

// Create Case reads back the new case number.
CrossScopePrivilege({
    $id: Now.ID['privilege-sn-customerservice-case-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_customerservice_case',
    targetScope: 'sn_customerservice',
    targetType: 'sys_db_object',
})

// Inbound email actions read the received email.
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-email-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_email',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Agents are mapped to Genesys users on sys_user.
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-user-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Reply reaches a B2C consumer at the consumer's email address.
CrossScopePrivilege({
    $id: Now.ID['privilege-csm-consumer-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'csm_consumer',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The coexistence check reads whether Email Interaction for CSM's email flows are active (name, active).
CrossScopePrivilege({
    $id: Now.ID['privilege-sys-hub-flow-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_flow',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
