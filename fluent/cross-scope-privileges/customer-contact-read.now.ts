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
