import { InboundEmailAction } from '@servicenow/sdk/core'
import { newCustomerEmail } from '../../src/server/inbound-email'

// A new customer email becomes a queued interaction routed to Genesys Cloud. Runs before other
// new-email actions and stops them, so the same email never also becomes a case or incident; the
// condition limits it to the mailboxes in x_gcer.email.inbound_addresses (all when empty).
InboundEmailAction({
    $id: Now.ID['inbound-email-new-customer-email'],
    name: 'Genesys email routing: new customer email',
    description: 'Creates a queued email interaction and asks Genesys Cloud to route it (x_gcer).',
    action: 'record_action',
    table: 'interaction',
    type: 'new',
    active: true,
    order: 50,
    stopProcessing: true,
    conditionScript: 'new x_gcer.GenesysEmailRouting().acceptsNewEmail(email)',
    script: newCustomerEmail,
})
