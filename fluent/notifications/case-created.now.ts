import { EmailNotification } from '@servicenow/sdk/core'

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
