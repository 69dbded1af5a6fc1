import { Acl, ChoiceColumn, DateTimeColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole, agentRole, integrationRole } from '../security/roles.now'

// Routing columns on the platform interaction table. The routing status is what the product
// calls "Parked" etc.; the platform `state` follows it (see src/domain/routing-status.ts).
export const interaction = Table({
    augments: 'interaction',
    schema: {
        x_gcer_routing_status: ChoiceColumn({
            label: 'Genesys routing status',
            choices: {
                queued: { label: 'Queued', sequence: 10 },
                connected: { label: 'Connected', sequence: 20 },
                parked: { label: 'Parked', sequence: 30 },
                closed: { label: 'Closed', sequence: 40 },
                abandoned: { label: 'Abandoned', sequence: 50 },
            },
            dropdown: 'dropdown_with_none',
            readOnly: true,
            audit: true,
        }),
        x_gcer_conversation_id: StringColumn({ label: 'Genesys conversation ID', maxLength: 40, readOnly: true }),
        x_gcer_participant_id: StringColumn({ label: 'Genesys agent participant ID', maxLength: 40, readOnly: true }),
        x_gcer_communication_id: StringColumn({ label: 'Genesys communication ID', maxLength: 40, readOnly: true }),
        x_gcer_queue_id: StringColumn({ label: 'Genesys queue ID', maxLength: 40, readOnly: true }),
        x_gcer_pending_target: StringColumn({ label: 'Pending transfer target', maxLength: 80, readOnly: true }),
        // When a read of the Genesys conversation last confirmed the routing status (the cache's age).
        x_gcer_last_confirmed: DateTimeColumn({ label: 'Last confirmed from Genesys', readOnly: true }),
        // The resume time a Hold asked Genesys for; empty when parked until the customer replies.
        x_gcer_parked_until: DateTimeColumn({ label: 'Parked until', readOnly: true }),
    },
})

Acl({
    $id: Now.ID['acl-interaction-communication-id-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_communication_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_communication_id.',
})

Acl({
    $id: Now.ID['acl-interaction-communication-id-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_communication_id',
    operation: 'write',
    roles: [integrationRole],
    description: 'Only Genesys (the integration user) writes the Genesys id x_gcer_communication_id.',
})

Acl({
    $id: Now.ID['acl-interaction-conversation-id-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_conversation_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_conversation_id.',
})

Acl({
    $id: Now.ID['acl-interaction-conversation-id-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_conversation_id',
    operation: 'write',
    roles: [integrationRole],
    description: 'Only Genesys (the integration user) writes the Genesys id x_gcer_conversation_id.',
})

Acl({
    $id: Now.ID['acl-interaction-participant-id-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_participant_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_participant_id.',
})

Acl({
    $id: Now.ID['acl-interaction-participant-id-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_participant_id',
    operation: 'write',
    roles: [integrationRole],
    description: 'Only Genesys (the integration user) writes the Genesys id x_gcer_participant_id.',
})

Acl({
    $id: Now.ID['acl-interaction-pending-target-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_pending_target',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_pending_target.',
})

Acl({
    $id: Now.ID['acl-interaction-pending-target-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_pending_target',
    operation: 'write',
    roles: [adminRole],
    description: 'Set by Transfer Email; only app admins correct it by hand.',
})

Acl({
    $id: Now.ID['acl-interaction-queue-id-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_queue_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_queue_id.',
})

Acl({
    $id: Now.ID['acl-interaction-queue-id-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_queue_id',
    operation: 'write',
    roles: [integrationRole],
    description: 'Only Genesys (the integration user) writes the Genesys id x_gcer_queue_id.',
})

Acl({
    $id: Now.ID['acl-interaction-routing-status-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_routing_status',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_routing_status.',
})

Acl({
    $id: Now.ID['acl-interaction-routing-status-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_routing_status',
    operation: 'write',
    roles: [adminRole],
    description: 'The status changes through the app actions; only app admins correct it by hand.',
})

Acl({
    $id: Now.ID['acl-interaction-last-confirmed-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_last_confirmed',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_last_confirmed.',
})

Acl({
    $id: Now.ID['acl-interaction-last-confirmed-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_last_confirmed',
    operation: 'write',
    roles: [integrationRole],
    description: 'Only Genesys (the integration user) writes x_gcer_last_confirmed, from a read of the conversation.',
})

Acl({
    $id: Now.ID['acl-interaction-parked-until-read'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_parked_until',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents and Genesys read the interaction routing field x_gcer_parked_until.',
})

Acl({
    $id: Now.ID['acl-interaction-parked-until-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_parked_until',
    operation: 'write',
    roles: [adminRole],
    description: 'Set by Hold; only app admins correct it by hand.',
})
