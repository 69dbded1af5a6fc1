import { EmailNotification, InboundEmailAction, Record } from '@servicenow/sdk/core'
import { customerReplyEmail, newCustomerEmail } from '../src/server/inbound-email'

// A new customer email becomes a queued interaction routed to Genesys Cloud. Runs before other
// new-email actions and, once it took the email, stops them, so the same email never also becomes a case
// or incident; an email it refused falls through to them. The condition limits it to the mailboxes in
// x_gcer.email.inbound_addresses (none when empty).
InboundEmailAction({
    $id: Now.ID['inbound-email-new-customer-email'],
    name: 'Genesys email routing: new customer email',
    description: 'Creates a queued email interaction and asks Genesys Cloud to route it (x_gcer).',
    action: 'record_action',
    table: 'interaction',
    type: 'new',
    active: true,
    order: 50,
    // Stops the later actions itself, only once it took the email (src/platform/email/email-intake.ts).
    stopProcessing: false,
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
    // Stops the later actions itself, only once it took the email (src/platform/email/email-intake.ts).
    stopProcessing: false,
    // Only interactions this app routes, and only people's replies (an out-of-office answer to the
    // agent's Reply must not reopen anything); the rest falls through to other actions. A reply to the
    // case-created email threads to the case (that notification is sent on the case), never here.
    conditionScript: '!current.x_gcer_routing_status.nil() && new x_gcer.GenesysEmailRouting().acceptsReply(email)',
    script: customerReplyEmail,
})

// Queued by Create Case on the new case (parm1 = the customer's address, parm2 = the case number);
// the case-created notification listens to it.
export const caseCreatedEvent = Record({
    $id: Now.ID['event-case-created'],
    table: 'sysevent_register',
    data: {
        suffix: 'case_created',
        event_name: 'x_gcer.case_created',
        description: 'An agent created a case from a Genesys-routed email interaction.',
        table: 'sn_customerservice_case',
        fired_by: 'Genesys Email Routing: Create Case',
        priority: 100,
    },
})

// Tells the customer their email became a case. Sent on the case, so the sent email shows in the
// case's activity and its watermark threads the customer's reply to the case: CSM's own reply
// handling (the "Update case using Reply" email flow, or the case's reply inbound action) adds it
// to the case. The closed interaction is not reopened and Genesys is not involved. The recipient is
// event parm 1 (src/platform/case-notifier.ts): the contact's email (B2B), else the consumer's (B2C),
// else the sender's; recipient fields could not reach a consumer (csm_consumer is not a user).
export const caseCreatedNotification = EmailNotification({
    $id: Now.ID['notification-case-created'],
    table: 'sn_customerservice_case',
    name: 'Genesys Email Routing: case created for your email',
    description: 'Sent to the customer (contact or consumer) when an agent creates a case from their email.',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_gcer.case_created',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: false,
    },
    emailContent: {
        contentType: 'multipart/mixed',
        subject: `Your case \${number}: \${short_description}`,
        messageHtml: `<div><p>Hello,</p>
<p>Thank you for your email. We have opened case <strong>\${number}</strong> to follow up on it.</p>
<p>Subject: \${short_description}</p>
<p>Reply to this email to add to your case.</p></div>`,
        messageText: `Hello,

Thank you for your email. We have opened case \${number} to follow up on it.
Subject: \${short_description}

Reply to this email to add to your case.`,
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
