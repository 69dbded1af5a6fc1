import { CrossScopePrivilege } from '@servicenow/sdk/core'

// How a target scope is given: the SDK writes `targetScope` verbatim into sys_scope_privilege.target_scope,
// a reference to sys_scope (@servicenow/sdk-build-plugins cross-scope-privilege-plugin.js:
// createReference({ table: 'sys_scope', guid: targetScope })), so it must be the target scope's sys_id.
// 'global' resolves because the global scope's sys_id is 'global'. The scope name of any other scope
// (sn_customerservice) would be stored as a sys_id that matches no scope. Every privilege below is global;
// tests/build/app-output.test.ts refuses a target scope that is neither 'global' nor a sys_id.
//
// Not shipped, because sn_customerservice's sys_id is instance data no source here holds: create, read and
// delete on sn_customerservice_case (Create Case inserts the case, reads it to queue the notification on
// it, and takes it back when its link is refused, tests/platform/case-service.test.ts). The README says how
// the admin allows them (Application Cross-Scope Access; with runtime access tracking the platform
// records them itself on the first Create Case).

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
