import { EmailNotification, InboundEmailAction, Record } from '@servicenow/sdk/core'
import { customerReplyEmail, newCustomerEmail } from '../src/server/inbound-email'

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

// Queued by Create Case (parm1 = case sys_id, parm2 = case number); the notification listens to it.
export const caseCreatedEvent = Record({
    $id: Now.ID['event-case-created'],
    table: 'sysevent_register',
    data: {
        suffix: 'case_created',
        event_name: 'x_gcer.case_created',
        description: 'An agent created a case from a Genesys-routed email interaction.',
        table: 'interaction',
        fired_by: 'Genesys Email Routing: Create Case',
        priority: 100,
    },
})

// Tells the customer their email became a case. The watermark stays so a reply threads back to
// the (closed) interaction, which opens a follow-up routed through Genesys.
export const caseCreatedNotification = EmailNotification({
    $id: Now.ID['notification-case-created'],
    table: 'interaction',
    name: 'Genesys Email Routing: case created for your email',
    description: 'Sent to the interaction contact when an agent creates a case from their email.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_gcer.case_created',
    },
    recipientDetails: {
        recipientFields: ['contact'],
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: `Your case \${event.parm2}: \${short_description}`,
        messageHtml: `<div><p>Hello \${contact.first_name},</p>
<p>Thank you for your email. We have opened case <strong>\${event.parm2}</strong> to follow up on it.</p>
<p>Subject: \${short_description}</p>
<p>Please keep the case number in any reply.</p></div>`,
        messageText: `Hello \${contact.first_name},

Thank you for your email. We have opened case \${event.parm2} to follow up on it.
Subject: \${short_description}

Please keep the case number in any reply.`,
        omitWatermark: false,
    },
})

// Queued by the Reply action on the interaction (parm1 = the customer's address, parm2 = the message);
// the agent-reply notification listens to it.
export const agentReplyEvent = Record({
    $id: Now.ID['event-agent-reply'],
    table: 'sysevent_register',
    data: {
        suffix: 'agent_reply',
        event_name: 'x_gcer.agent_reply',
        description: 'An agent replied to the customer from a Genesys-routed email interaction.',
        table: 'interaction',
        fired_by: 'Genesys Email Routing: Reply',
        priority: 100,
    },
})

// The agent's reply to the customer. Sent on the interaction, so the sent email shows in its activity;
// the watermark and the number in the subject make the customer's answer thread back to it.
// Plain text: the message is what the agent typed (event.parm2), never interpreted as HTML.
export const agentReplyNotification = EmailNotification({
    $id: Now.ID['notification-agent-reply'],
    table: 'interaction',
    name: 'Genesys Email Routing: agent reply to the customer',
    description: "Sends the agent's Reply from the interaction to the customer (x_gcer).",
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_gcer.agent_reply',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'text/plain',
        subject: `Re: \${short_description} [\${number}]`,
        messageText: `\${event.parm2}`,
        omitWatermark: false,
    },
})
