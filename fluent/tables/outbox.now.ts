import {
    ChoiceColumn,
    DateTimeColumn,
    IntegerColumn,
    MultiLineTextColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'

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
                apply_wrapup: 'Apply wrap-up',
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
    },
    index: [{ name: 'x_gcer_outbox_due', unique: false, element: ['state', 'next_attempt_at'] }],
})
