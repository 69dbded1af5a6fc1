import { augmentTable, col, declareTable, getTable, hasTable, type ColumnSpec } from '../../fakes/glide'

/** Adds the columns the fluent tables declare but the default fake schema may not (yet). */
function ensureColumns(table: string, columns: readonly ColumnSpec[]): void {
    const known = getTable(table).columns
    const missing = columns.filter((c) => !known.has(c.name))
    if (missing.length > 0) augmentTable(table, missing)
}

/** Call after resetGlide(): the fake schema, completed from fluent/tables/*.now.ts. */
export function declarePlatformSchema(): void {
    ensureColumns('x_gcer_routing_event', [col.str('external_id'), col.dateTime('occurred_at')])
    if (!hasTable('x_gcer_oauth_token'))
        declareTable('x_gcer_oauth_token', [
            col.str('environment'),
            col.str('access_token'),
            col.dateTime('expires_at'),
        ])
}
