import { DateTimeColumn, Password2Column, StringColumn, Table } from '@servicenow/sdk/core'

// The Genesys access token, shared by every transaction until shortly before it expires.
// Password2 keeps it encrypted at rest; it never goes into a plain property.
export const x_gcer_oauth_token = Table({
    name: 'x_gcer_oauth_token',
    label: 'Genesys OAuth Token',
    display: 'environment',
    schema: {
        environment: StringColumn({ label: 'Environment', maxLength: 40, mandatory: true, unique: true }),
        access_token: Password2Column({ label: 'Access token', maxLength: 4000 }),
        expires_at: DateTimeColumn({ label: 'Expires at' }),
    },
})
