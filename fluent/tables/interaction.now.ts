import { ChoiceColumn, StringColumn, Table } from '@servicenow/sdk/core'

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
    },
})
