import { Record } from '@servicenow/sdk/core'

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
