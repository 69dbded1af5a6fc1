/**
 * The platform's schema as the platform sources give it (not as the fakes' tables happen to hold it):
 * the SDK's table definitions with their ancestors, the documented list for plugin tables, the system
 * columns every table has, and the app's own columns (fluent/tables, mirrored by app-tables.ts).
 */
import {
    appOwnedColumns,
    DOCUMENTED_TABLES,
    SDK_PLATFORM_TABLES,
    sdkColumnsWithAncestors,
    sdkSource,
} from '../../fakes/glide'

const SYSTEM_COLUMNS = [
    'sys_id',
    'sys_created_on',
    'sys_created_by',
    'sys_updated_on',
    'sys_updated_by',
    'sys_mod_count',
]
const SYSTEM_SOURCE = 'platform system column (every table)'
const APP_SOURCE = 'app: fluent/tables/*.now.ts (scope column or app table)'

function sdkTables(): Set<string> {
    const names = new Set<string>()
    for (const table of SDK_PLATFORM_TABLES) {
        names.add(table)
        for (const { table: ancestor } of sdkColumnsWithAncestors(table)) names.add(ancestor)
    }
    return names
}

/** Where `table.field` is defined, or null when no source has it. */
export function sourceOf(table: string, field: string): string | null {
    const app = appOwnedColumns()
    if (isAppTable(table))
        return (app[table] || []).includes(field) || SYSTEM_COLUMNS.includes(field) ? APP_SOURCE : null
    if (field.startsWith('x_gcer_')) return (app[table] || []).includes(field) ? APP_SOURCE : null
    if (SYSTEM_COLUMNS.includes(field)) return SYSTEM_SOURCE
    if (sdkTables().has(table)) {
        const hit = sdkColumnsWithAncestors(table).find((c) => c.column.name === field)
        return hit ? sdkSource(hit.table) : null
    }
    const documented = DOCUMENTED_TABLES.find((t) => t.name === table)
    if (!documented) return null
    const own = documented.columns.find((c) => c.name === field)
    if (own) return own.source
    return documented.extends ? sourceOf(documented.extends, field) : null
}

/** True for a table the app owns (x_gcer_*): its schema is fluent/tables, not a platform source. */
export const isAppTable = (table: string) => table.startsWith('x_gcer_')
