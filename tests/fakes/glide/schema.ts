/**
 * Schema registry of the fake database: which tables exist and which columns they have.
 * Unknown tables and columns make GlideRecord throw, so a typo fails a test instead of an instance.
 *
 * Every table gets the platform's system columns (sys_id, sys_created_on/by, sys_updated_on/by,
 * sys_mod_count). A child table (`extends`) inherits its parent's columns, and its rows are returned
 * by queries on the parent, as on the platform.
 */

export type ColumnType =
    | 'string'
    | 'choice'
    | 'reference'
    | 'boolean'
    | 'integer'
    | 'glide_date_time'
    | 'journal_input'
    | 'sys_id'
    | 'table_name'
    | 'document_id'
    /** Password (2-way encrypted): the column stores cipher text; see glide-element.ts. */
    | 'password2'

export interface ColumnSpec {
    readonly name: string
    /** Default 'string'. */
    readonly type?: ColumnType
    /** Target table, for type 'reference'. */
    readonly reference?: string
    /** Default value applied by newRecord() and insert() when the field is empty (already in stored form). */
    readonly default?: string
}

/** A plain string declares a 'string' column. */
export type ColumnInput = string | ColumnSpec

export interface Column {
    readonly name: string
    readonly type: ColumnType
    readonly reference?: string
    readonly default?: string
    /** The table that declared the column (a parent table for inherited columns). */
    readonly table: string
}

export interface TableOptions {
    /** Parent table: the new table inherits its columns and its rows show up in parent queries. */
    readonly extends?: string
    /** Column shown by getDisplayValue() for this table. Default: 'name', else 'number', else none. */
    readonly display?: string
    /** Prefix of the auto-generated `number` (e.g. 'IMS' gives IMS0000001). Needs a `number` column. */
    readonly numberPrefix?: string
}

export interface TableSchema {
    readonly name: string
    readonly parent?: string
    readonly columns: ReadonlyMap<string, Column>
    readonly display?: string
    readonly numberPrefix?: string
}

/** Shorthands for typed column specs: `col.ref('assigned_to', 'sys_user')`, `col.bool('active')`... */
export const col = {
    str: (name: string, defaultValue?: string): ColumnSpec => ({ name, type: 'string', default: defaultValue }),
    choice: (name: string, defaultValue?: string): ColumnSpec => ({ name, type: 'choice', default: defaultValue }),
    ref: (name: string, table: string): ColumnSpec => ({ name, type: 'reference', reference: table }),
    bool: (name: string, defaultValue?: boolean): ColumnSpec => ({
        name,
        type: 'boolean',
        default: defaultValue === undefined ? undefined : defaultValue ? '1' : '0',
    }),
    int: (name: string, defaultValue?: number): ColumnSpec => ({
        name,
        type: 'integer',
        default: defaultValue === undefined ? undefined : String(defaultValue),
    }),
    dateTime: (name: string): ColumnSpec => ({ name, type: 'glide_date_time' }),
    journal: (name: string): ColumnSpec => ({ name, type: 'journal_input' }),
    tableName: (name: string): ColumnSpec => ({ name, type: 'table_name' }),
    documentId: (name: string): ColumnSpec => ({ name, type: 'document_id' }),
    password2: (name: string): ColumnSpec => ({ name, type: 'password2' }),
}

export const SYSTEM_COLUMNS: readonly ColumnSpec[] = [
    { name: 'sys_id', type: 'sys_id' },
    { name: 'sys_created_on', type: 'glide_date_time' },
    { name: 'sys_created_by', type: 'string' },
    { name: 'sys_updated_on', type: 'glide_date_time' },
    { name: 'sys_updated_by', type: 'string' },
    { name: 'sys_mod_count', type: 'integer' },
]

const tables = new Map<string, TableSchema>()

function toColumn(input: ColumnInput, table: string): Column {
    const spec: ColumnSpec = typeof input === 'string' ? { name: input } : input
    if (!/^[a-z][a-z0-9_]*$/.test(spec.name)) {
        throw new Error(`declareTable(${table}): invalid column name '${spec.name}'`)
    }
    const type = spec.type ?? 'string'
    if (type === 'reference' && !spec.reference) {
        throw new Error(`declareTable(${table}): reference column '${spec.name}' needs a reference table`)
    }
    return { name: spec.name, type, reference: spec.reference, default: spec.default, table }
}

function addColumns(target: Map<string, Column>, inputs: readonly ColumnInput[], table: string): void {
    for (const input of inputs) {
        const column = toColumn(input, table)
        if (target.has(column.name)) {
            throw new Error(`declareTable(${table}): column '${column.name}' declared twice`)
        }
        target.set(column.name, column)
    }
}

function defaultDisplay(columns: ReadonlyMap<string, Column>): string | undefined {
    if (columns.has('name')) return 'name'
    if (columns.has('number')) return 'number'
    return undefined
}

/** Declares a table. The system columns are added (or inherited from `extends`); do not list them. */
export function declareTable(name: string, columns: readonly ColumnInput[], options: TableOptions = {}): TableSchema {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`declareTable: invalid table name '${name}'`)
    if (tables.has(name)) throw new Error(`declareTable: table '${name}' already declared`)
    const map = new Map<string, Column>()
    let parent: TableSchema | undefined
    if (options.extends) {
        parent = tables.get(options.extends)
        if (!parent) throw new Error(`declareTable(${name}): parent table '${options.extends}' is not declared`)
        for (const [key, column] of parent.columns) map.set(key, column)
    } else {
        addColumns(map, SYSTEM_COLUMNS, name)
        // Listing a system column by hand (e.g. 'sys_id') is tolerated: the canonical definition wins.
        columns = columns.filter((i) => !SYSTEM_COLUMNS.some((c) => c.name === (typeof i === 'string' ? i : i.name)))
    }
    addColumns(map, columns, name)
    const display = options.display ?? parent?.display ?? defaultDisplay(map)
    if (display && !map.has(display)) throw new Error(`declareTable(${name}): display column '${display}' unknown`)
    if (options.numberPrefix && !map.has('number')) {
        throw new Error(`declareTable(${name}): numberPrefix needs a 'number' column`)
    }
    const schema: TableSchema = {
        name,
        parent: parent?.name,
        columns: map,
        display,
        numberPrefix: options.numberPrefix,
    }
    tables.set(name, schema)
    return schema
}

/**
 * Adds columns to a declared table, like a Fluent `Table({ augments })` adding scope columns to a
 * platform table. Tables that extend it (declared before or after) see the new columns too.
 */
export function augmentTable(name: string, columns: readonly ColumnInput[]): void {
    const schema = tables.get(name)
    if (!schema) throw new Error(`augmentTable: table '${name}' is not declared`)
    const added = new Map<string, Column>()
    addColumns(added, columns, name)
    for (const table of tables.values()) {
        if (table.name === name || isSubTableOf(table.name, name)) {
            const target = table.columns as Map<string, Column>
            for (const [key, column] of added) {
                if (target.has(key)) throw new Error(`augmentTable(${name}): column '${key}' exists on ${table.name}`)
                target.set(key, column)
            }
        }
    }
}

export function hasTable(name: string): boolean {
    return tables.has(name)
}

export function getTable(name: string): TableSchema {
    const schema = tables.get(name)
    if (!schema) {
        throw new Error(
            `GlideRecord: table '${name}' does not exist (the fakes declare tables in default-tables.ts and app-tables.ts)`
        )
    }
    return schema
}

/** The column, or a loud error naming the table and field. */
export function getColumn(table: string, field: string): Column {
    const column = getTable(table).columns.get(field)
    if (!column) {
        throw new Error(
            `GlideRecord(${table}): unknown field '${field}' (the fakes declare columns in default-tables.ts and app-tables.ts)`
        )
    }
    return column
}

/** True when `table` is `ancestor` or extends it (directly or not). */
export function isSubTableOf(table: string, ancestor: string): boolean {
    let current: string | undefined = table
    while (current) {
        if (current === ancestor) return true
        current = tables.get(current)?.parent
    }
    return false
}

/** Forgets every table; callers re-declare the defaults (see resetSchema in default-tables.ts). */
export function clearSchema(): void {
    tables.clear()
}
