/**
 * What the app (scope x_gcer) owns in the fake schema: its tables and the scope columns it adds to
 * platform tables. This is the one place the fakes declare them; it mirrors fluent/tables/*.now.ts
 * (tests/fakes-tests/app-tables.test.ts keeps the two in step).
 */
import { augmentTable, col, declareTable, type ColumnSpec, type TableOptions } from './schema'

interface AppTable {
    readonly columns: readonly ColumnSpec[]
    readonly options?: TableOptions
}

/** Scope columns on platform tables (Table({ augments })). customer_contact inherits the sys_user one. */
const APP_COLUMNS_ON_PLATFORM_TABLES: Readonly<Record<string, readonly ColumnSpec[]>> = {
    interaction: [
        col.choice('x_gcer_routing_status'),
        col.str('x_gcer_conversation_id'),
        col.str('x_gcer_participant_id'),
        col.str('x_gcer_communication_id'),
        col.str('x_gcer_queue_id'),
        col.str('x_gcer_pending_target'),
        col.dateTime('x_gcer_last_confirmed'),
        col.dateTime('x_gcer_parked_until'),
    ],
    sys_user: [col.str('x_gcer_genesys_user_id')],
}

const APP_TABLES: Readonly<Record<string, AppTable>> = {
    x_gcer_routing_event: {
        columns: [
            col.ref('interaction', 'interaction'),
            col.choice('event'),
            col.choice('from_status'),
            col.choice('to_status'),
            col.ref('from_owner', 'sys_user'),
            col.ref('to_owner', 'sys_user'),
            col.str('target'),
            col.ref('actor', 'sys_user'),
            col.str('correlation_id'),
            col.str('external_id'),
            col.choice('outcome'),
            col.str('message'),
            col.dateTime('occurred_at'),
        ],
        options: { display: 'event' },
    },
    x_gcer_outbox: {
        columns: [
            col.ref('interaction', 'interaction'),
            col.choice('operation'),
            col.str('payload'),
            col.str('idempotency_key'),
            col.choice('state', 'pending'),
            col.int('attempts', 0),
            col.dateTime('next_attempt_at'),
            col.str('last_error'),
            col.str('claimed_by'),
            col.dateTime('claimed_until'),
        ],
        options: { display: 'operation' },
    },
    x_gcer_oauth_token: {
        columns: [
            col.str('environment'),
            col.str('credential_alias'),
            col.password2('access_token'),
            col.dateTime('expires_at'),
        ],
        options: { display: 'environment' },
    },
}

/** Declares the x_gcer tables and adds the scope columns; the platform tables must be declared first. */
export function declareAppTables(): void {
    for (const [table, columns] of Object.entries(APP_COLUMNS_ON_PLATFORM_TABLES)) augmentTable(table, columns)
    for (const [table, { columns, options }] of Object.entries(APP_TABLES)) declareTable(table, columns, options)
}

/**
 * Every column the app owns, by table: all columns of each x_gcer_* table (system columns aside) and the
 * x_gcer_* columns on platform tables (interaction, sys_user). A fresh list on each call.
 */
export function appOwnedColumns(): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const [table, columns] of Object.entries(APP_COLUMNS_ON_PLATFORM_TABLES))
        out[table] = columns.map((c) => c.name)
    for (const [table, { columns }] of Object.entries(APP_TABLES)) out[table] = columns.map((c) => c.name)
    return out
}
