import { StringColumn, Table } from '@servicenow/sdk/core'

// The agent mapping: a ServiceNow user is a transfer target only when this holds their Genesys user id.
export const sys_user = Table({
    augments: 'sys_user',
    schema: {
        x_gcer_genesys_user_id: StringColumn({ label: 'Genesys Cloud user ID', maxLength: 40, audit: true }),
    },
})
