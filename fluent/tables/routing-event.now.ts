import { Acl, ChoiceColumn, DateTimeColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole, agentRole, integrationRole } from '../security/roles.now'

const STATUS_CHOICES = {
    none: 'None',
    queued: 'Queued',
    connected: 'Connected',
    parked: 'Parked',
    closed: 'Closed',
    abandoned: 'Abandoned',
}

// One row per routing transition or refused attempt: with the platform audit, the interaction's history.
export const x_gcer_routing_event = Table({
    name: 'x_gcer_routing_event',
    label: 'Genesys Routing Event',
    display: 'event',
    readOnly: true,
    schema: {
        interaction: ReferenceColumn({ label: 'Interaction', referenceTable: 'interaction', mandatory: true }),
        event: ChoiceColumn({
            label: 'Event',
            mandatory: true,
            choices: {
                email_received: 'Email received',
                hold: 'Hold',
                resume: 'Resume',
                customer_reply: 'Customer reply',
                transfer: 'Transfer',
                disconnect: 'Disconnect',
                create_case: 'Create case',
                genesys_observed: 'Genesys state read',
            },
        }),
        from_status: ChoiceColumn({ label: 'From status', choices: STATUS_CHOICES }),
        to_status: ChoiceColumn({ label: 'To status', choices: STATUS_CHOICES }),
        from_owner: ReferenceColumn({ label: 'From owner', referenceTable: 'sys_user' }),
        to_owner: ReferenceColumn({ label: 'To owner', referenceTable: 'sys_user' }),
        target: StringColumn({ label: 'Transfer target', maxLength: 80 }),
        actor: ReferenceColumn({ label: 'Actor', referenceTable: 'sys_user' }),
        correlation_id: StringColumn({ label: 'Genesys correlation ID', maxLength: 80 }),
        // A Genesys event key (topic, ids and event time): unique, so a redelivered event is recorded once.
        external_id: StringColumn({ label: 'Genesys event ID', maxLength: 200 }),
        outcome: ChoiceColumn({
            label: 'Outcome',
            mandatory: true,
            choices: {
                applied: 'Applied',
                unchanged: 'Unchanged',
                rejected: 'Rejected',
                deferred: 'Deferred to outbox',
                failed: 'Genesys update failed',
            },
        }),
        message: StringColumn({ label: 'Message', maxLength: 1000 }),
        occurred_at: DateTimeColumn({ label: 'Occurred at' }),
    },
    index: [
        { name: 'x_gcer_routing_event_interaction', unique: false, element: 'interaction' },
        { name: 'x_gcer_routing_event_external_id', unique: true, element: 'external_id' },
    ],
    // The interaction's routing history: other scopes (CSM reports, another app's views) may read it,
    // never write it (SDK table-api.md: actions default ['read']; said here on purpose).
    accessibleFrom: 'public',
    actions: ['read'],
})

Acl({
    $id: Now.ID['acl-routing-event-delete'],
    type: 'record',
    table: 'x_gcer_routing_event',
    operation: 'delete',
    roles: [adminRole],
    description: 'Only app admins purge routing history.',
})

Acl({
    $id: Now.ID['acl-routing-event-read'],
    type: 'record',
    table: 'x_gcer_routing_event',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents read the routing history of interactions.',
})
