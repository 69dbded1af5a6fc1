import {
    Acl,
    ChoiceColumn,
    DateTimeColumn,
    IntegerColumn,
    MultiLineTextColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'
import { adminRole } from '../security/roles.now'

// Genesys updates that must happen eventually, retried by the outbox scheduled job.
export const x_gcer_outbox = Table({
    name: 'x_gcer_outbox',
    label: 'Genesys Outbox',
    display: 'operation',
    schema: {
        interaction: ReferenceColumn({ label: 'Interaction', referenceTable: 'interaction' }),
        operation: ChoiceColumn({
            label: 'Operation',
            mandatory: true,
            choices: {
                create_conversation: 'Route new email',
                park: 'Park',
                unpark: 'Unpark',
                transfer_to_queue: 'Transfer to queue',
                transfer_to_agent: 'Transfer to agent',
                disconnect: 'Disconnect with wrap-up',
                chain_reply: 'Chain customer reply',
            },
        }),
        payload: MultiLineTextColumn({ label: 'Payload', maxLength: 4000 }),
        idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 120, mandatory: true, unique: true }),
        state: ChoiceColumn({
            label: 'State',
            mandatory: true,
            default: 'pending',
            choices: { pending: 'Pending', done: 'Done', dead: 'Dead' },
        }),
        attempts: IntegerColumn({ label: 'Attempts', default: '0' }),
        next_attempt_at: DateTimeColumn({ label: 'Next attempt at' }),
        last_error: StringColumn({ label: 'Last error', maxLength: 1000 }),
        // A run claims a row before sending it, so no two nodes send the same update.
        claimed_by: StringColumn({ label: 'Claimed by', maxLength: 64 }),
        claimed_until: DateTimeColumn({ label: 'Claim expires' }),
    },
    index: [{ name: 'x_gcer_outbox_due', unique: false, element: ['state', 'next_attempt_at'] }],
    // Internal to the app (claims, idempotency keys): another scope writing a row could make Genesys
    // receive an update nobody made, so no other scope reaches it (SDK table-api.md accessibleFrom / actions).
    accessibleFrom: 'package_private',
    actions: [],
    callerAccess: 'restricted',
})

Acl({
    $id: Now.ID['acl-outbox-delete'],
    type: 'record',
    table: 'x_gcer_outbox',
    operation: 'delete',
    roles: [adminRole],
    description: 'App admins discard a Genesys update.',
})

Acl({
    $id: Now.ID['acl-outbox-read'],
    type: 'record',
    table: 'x_gcer_outbox',
    operation: 'read',
    roles: [adminRole],
    description: 'App admins watch pending and dead Genesys updates.',
})

Acl({
    $id: Now.ID['acl-outbox-write'],
    type: 'record',
    table: 'x_gcer_outbox',
    operation: 'write',
    roles: [adminRole],
    description: 'App admins requeue a dead Genesys update.',
})
