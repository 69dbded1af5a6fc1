import { Record } from '@servicenow/sdk/core'

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
