/**
 * Platform table schemas as the ServiceNow SDK ships them: `@servicenow/sdk-core` (4.9.0, pinned by
 * package-lock.json) contains one generated module per platform table under dist/fluent/tables/
 * (`sys_email.now.js`: `Table({ name, extends, schema: { field: StringColumn({...}), ... } })`), the
 * dictionary the SDK itself type-checks Fluent code against. The fakes read their columns from there
 * instead of from our own picture of the platform.
 *
 * The column factories return their config unchanged (sdk-core dist/db/types/*.js), so the column type
 * is read from the factory name in the module text, and the config (referenceTable, columnType, default)
 * from the loaded module.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ColumnSpec, ColumnType } from '../schema'

// The bench runs the fakes bundled, where __dirname is undefined: it runs from the project root.
const PROJECT_ROOT = typeof __dirname === 'string' ? join(__dirname, '../../../..') : process.cwd()
export const SDK_TABLES_DIR = join(PROJECT_ROOT, 'node_modules/@servicenow/sdk-core/dist/fluent/tables')

/** Where a field's definition comes from, for the platform-field table and failure messages. */
export const sdkSource = (table: string) => `@servicenow/sdk-core dist/fluent/tables/${table}.now.js`

export interface SdkTable {
    readonly name: string
    readonly extends?: string
    /** Own columns (not inherited), system columns included. */
    readonly columns: readonly ColumnSpec[]
}

interface ColumnConfig {
    readonly referenceTable?: string
    readonly columnType?: string
    readonly default?: unknown
}

function typeOf(factory: string, config: ColumnConfig): { type: ColumnType; reference?: string } {
    switch (factory) {
        case 'ReferenceColumn':
            return config.referenceTable ? { type: 'reference', reference: config.referenceTable } : { type: 'string' }
        case 'BooleanColumn':
            return { type: 'boolean' }
        case 'IntegerColumn':
            return { type: 'integer' }
        case 'DateTimeColumn':
        case 'CalendarDateTimeColumn':
        case 'DueDateColumn':
            return { type: 'glide_date_time' }
        case 'ChoiceColumn':
            return { type: 'choice' }
        case 'TableNameColumn':
            return { type: 'table_name' }
        case 'DocumentIdColumn':
            return { type: 'document_id' }
        case 'Password2Column':
            return { type: 'password2' }
        case 'GenericColumn':
            if (config.columnType === 'journal_input') return { type: 'journal_input' }
            if (config.columnType === 'short_table_name') return { type: 'table_name' }
            return { type: 'string' }
        default:
            return { type: 'string' }
    }
}

/** Only boolean defaults are applied (stored '1'/'0'); other defaults may be scripts or labels. */
function defaultOf(type: ColumnType, config: ColumnConfig): string | undefined {
    if (type !== 'boolean' || config.default === undefined) return undefined
    return String(config.default) === 'true' ? '1' : '0'
}

const cache = new Map<string, SdkTable>()

/** The SDK's definition of one platform table; throws when the SDK does not ship it. */
export function sdkTable(name: string): SdkTable {
    const cached = cache.get(name)
    if (cached) return cached
    const file = join(SDK_TABLES_DIR, `${name}.now.js`)
    const text = readFileSync(file, 'utf8')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(file)[name] as {
        name: string
        extends?: string
        schema: Record<string, ColumnConfig>
    }
    const factories = new Map<string, string>()
    for (const m of text.matchAll(/^ {8}([a-z0-9_]+): \(0, db_1\.([A-Za-z0-9]+)\)\(/gm)) factories.set(m[1], m[2])
    const columns: ColumnSpec[] = Object.keys(loaded.schema).map((field) => {
        const config = loaded.schema[field] || {}
        const { type, reference } = typeOf(factories.get(field) || 'StringColumn', config)
        return { name: field, type, reference, default: defaultOf(type, config) }
    })
    const table: SdkTable = { name: loaded.name, extends: loaded.extends, columns }
    cache.set(name, table)
    return table
}

/** Every column of the table, its ancestors' included (as the platform's dictionary resolves them). */
export function sdkColumnsWithAncestors(name: string): { column: ColumnSpec; table: string }[] {
    const own = sdkTable(name)
    const inherited = own.extends ? sdkColumnsWithAncestors(own.extends) : []
    const names = new Set(own.columns.map((c) => c.name))
    return [
        ...inherited.filter((c) => !names.has(c.column.name)),
        ...own.columns.map((column) => ({ column, table: name })),
    ]
}
