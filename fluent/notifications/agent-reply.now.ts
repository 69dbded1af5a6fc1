import { EmailNotification } from '@servicenow/sdk/core'

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
