import { InboundEmailAction } from '@servicenow/sdk/core'
import { customerReplyEmail } from '../../src/server/inbound-email'

// A reply the platform matched to an interaction (watermark, number in the subject, In-Reply-To):
// un-parks a parked one, leaves routing alone otherwise, opens a linked interaction if it was closed.
InboundEmailAction({
    $id: Now.ID['inbound-email-customer-reply'],
    name: 'Genesys email routing: customer reply',
    description: 'Applies the customer-reply rules to the matched email interaction (x_gcer).',
    action: 'record_action',
    table: 'interaction',
    type: 'reply',
    active: true,
    order: 50,
    stopProcessing: true,
    // Only interactions this app routes, and only people's replies (an out-of-office answer to the
    // case-created notification must not reopen anything); the rest falls through to other actions.
    conditionScript: '!current.x_gcer_routing_status.nil() && new x_gcer.GenesysEmailRouting().acceptsReply(email)',
    script: customerReplyEmail,
})
