/**
 * The fake database: rows of every table, record numbers, sys_id generation, password2 secrets,
 * refused inserts and the operation counters (glideStats).
 *
 * Rows live in one insertion-ordered map keyed by sys_id; each row remembers its class (the table it
 * was inserted into), so a query on a parent table also returns rows of child tables.
 */
import { formatGlideDateTime, getNow } from './clock'
import { getColumn, getTable, isSubTableOf } from './schema'
import { toStored, type Stored } from './values'

export interface StoredRow {
    readonly sysId: string
    /** The table the row was inserted into (its class: queries on a parent table return it too). */
    readonly className: string
    readonly values: Map<string, Stored>
}

export type OperationKind = 'query' | 'get' | 'insert' | 'update' | 'delete'

export interface TableStats {
    reads: number
    writes: number
}

export interface GlideStats {
    /** query + get */
    reads: number
    /** insert + update + delete */
    writes: number
    /** reads + writes */
    total: number
    operations: Record<OperationKind, number>
    /** Keyed by the GlideRecord's table name (the table queried, not the row class). */
    tables: Record<string, TableStats>
}

const rows = new Map<string, StoredRow>()
const numberCounters = new Map<string, number>()
/** Cipher text -> clear text of password2 values (the instance's encryption, kept off the rows). */
const secrets = new Map<string, string>()
/** Tables whose inserts are refused, with what insert() returns then. */
const refusedInserts = new Map<string, '' | null>()
let stats = emptyStats()
let guidState = 0
let secretCount = 0

function emptyStats(): GlideStats {
    return {
        reads: 0,
        writes: 0,
        total: 0,
        operations: { query: 0, get: 0, insert: 0, update: 0, delete: 0 },
        tables: {},
    }
}

/** Counts one database operation against `table`. */
export function countOperation(table: string, kind: OperationKind): void {
    const isRead = kind === 'query' || kind === 'get'
    const perTable = (stats.tables[table] ??= { reads: 0, writes: 0 })
    if (isRead) {
        stats.reads++
        perTable.reads++
    } else {
        stats.writes++
        perTable.writes++
    }
    stats.total++
    stats.operations[kind]++
}

/** A snapshot of the counters since the last reset. */
export function glideStats(): GlideStats {
    return JSON.parse(JSON.stringify(stats)) as GlideStats
}

export function resetGlideStats(): void {
    stats = emptyStats()
}

/** 32 lowercase hex characters, deterministic after resetDatabase() (a 128-bit counter mixed by splitmix32). */
export function nextGuid(): string {
    let out = ''
    for (let i = 0; i < 4; i++) {
        guidState = (guidState + 0x9e3779b9) | 0
        let z = guidState
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
        z ^= z >>> 16
        out += (z >>> 0).toString(16).padStart(8, '0')
    }
    return out
}

/** Next record number for a table with a numberPrefix: IMS0000001, IMS0000002... */
export function nextNumber(table: string): string | null {
    const prefix = getTable(table).numberPrefix
    if (!prefix) return null
    const next = (numberCounters.get(table) ?? 0) + 1
    numberCounters.set(table, next)
    return prefix + String(next).padStart(7, '0')
}

/** Default values of a table's columns (number included), for the fields still empty in `values`. */
export function applyDefaults(table: string, values: Map<string, Stored>): void {
    for (const column of getTable(table).columns.values()) {
        if ((values.get(column.name) ?? null) !== null) continue
        if (column.name === 'number') {
            const number = nextNumber(table)
            if (number) values.set('number', number)
        } else if (column.default !== undefined) {
            values.set(column.name, column.default)
        }
    }
}

export function findRow(sysId: string): StoredRow | undefined {
    return rows.get(sysId)
}

/** Rows of `table` and of the tables extending it, in insertion order. */
export function rowsOf(table: string): StoredRow[] {
    getTable(table)
    return [...rows.values()].filter((row) => isSubTableOf(row.className, table))
}

export function storeRow(row: StoredRow): void {
    if (rows.has(row.sysId)) throw new Error(`insert(${row.className}): duplicate sys_id ${row.sysId}`)
    rows.set(row.sysId, row)
}

export function removeRow(sysId: string): boolean {
    return rows.delete(sysId)
}

/**
 * Encrypts a password2 value: returns the opaque cipher text the column stores (never containing the
 * clear text); only decryptSecret, i.e. GlideElement.getDecryptedValue, gives the clear text back.
 */
export function encryptSecret(clear: string): string {
    secretCount++
    const cipher = `enc2:${secretCount.toString(16).padStart(8, '0')}:${'*'.repeat(8)}`
    secrets.set(cipher, clear)
    return cipher
}

/** The clear text behind a cipher text from encryptSecret; null for anything else. */
export function decryptSecret(cipher: string): string | null {
    return secrets.get(cipher) ?? null
}

/**
 * Makes insert() on `table` (and tables extending it) write nothing and return `returns`, as when a
 * business rule aborts the insert or a data policy refuses it. The platform returns null; '' is there to
 * prove callers treat both as "not inserted". Lasts until resetGlide().
 */
export function refuseInserts(table: string, returns: '' | null = null): void {
    getTable(table)
    refusedInserts.set(table, returns)
}

/** What insert() on `table` returns instead of inserting, or undefined when inserts go through. */
export function refusedInsert(table: string): { readonly returns: '' | null } | undefined {
    for (const [refused, returns] of refusedInserts) if (isSubTableOf(table, refused)) return { returns }
    return undefined
}

/** Who the sys_created_by / sys_updated_by columns name; set by gs (the current user). */
let currentUserName: () => string = () => 'system'
export function setAuditUserProvider(provider: () => string): void {
    currentUserName = provider
}
export function auditUserName(): string {
    return currentUserName()
}

/**
 * Inserts a row directly, for arranging test data: no GlideRecord, not counted in glideStats.
 * Values go through the same conversion as setValue; defaults, number, sys_id and sys fields are filled.
 * Journal fields are not allowed here (use a GlideRecord); password2 values are given in clear and stored
 * encrypted. Returns the sys_id.
 */
export function seedRecord(table: string, fields: Readonly<Record<string, unknown>> = {}): string {
    const values = new Map<string, Stored>()
    for (const [field, value] of Object.entries(fields)) {
        const column = getColumn(table, field)
        if (column.type === 'journal_input') throw new Error(`seedRecord(${table}): journal field '${field}'`)
        const stored = toStored(column, value)
        // password2 values are seeded in clear and stored encrypted, as setDisplayValue would.
        values.set(field, column.type === 'password2' && stored !== null ? encryptSecret(stored) : stored)
    }
    applyDefaults(table, values)
    const sysId = values.get('sys_id') ?? nextGuid()
    const now = formatGlideDateTime(getNow())
    values.set('sys_id', sysId)
    if (!values.get('sys_created_on')) values.set('sys_created_on', now)
    if (!values.get('sys_updated_on')) values.set('sys_updated_on', now)
    if (!values.get('sys_created_by')) values.set('sys_created_by', auditUserName())
    if (!values.get('sys_updated_by')) values.set('sys_updated_by', auditUserName())
    if (!values.get('sys_mod_count')) values.set('sys_mod_count', '0')
    storeRow({ sysId, className: table, values })
    return sysId
}

/**
 * A stored row as a plain object of strings (null for empty), for assertions; not counted.
 * Returns undefined when no row has that sys_id (in `table` or a table extending it).
 */
export function readRecord(table: string, sysId: string): Record<string, string | null> | undefined {
    getTable(table)
    const row = rows.get(sysId)
    if (!row || !isSubTableOf(row.className, table)) return undefined
    return Object.fromEntries(row.values)
}

/** Every row of a table (and its child tables) as plain objects, in insertion order; not counted. */
export function allRecords(table: string): Record<string, string | null>[] {
    return rowsOf(table).map((row) => Object.fromEntries(row.values))
}

/** Clears rows, numbers, refused inserts, secrets, counters and the sys_id sequence. */
export function resetDatabase(): void {
    rows.clear()
    numberCounters.clear()
    refusedInserts.clear()
    secrets.clear()
    secretCount = 0
    guidState = 0
    resetGlideStats()
}
