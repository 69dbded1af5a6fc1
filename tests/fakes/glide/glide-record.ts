/**
 * Fake GlideRecord over the in-memory database (database.ts), for platform code that imports
 * `GlideRecord` from '@servicenow/glide'.
 *
 * Faithful on purpose: values are strings, empty is null, booleans '1'/'0'; `!=` skips empty fields;
 * string matching ignores case; update() writes only the changed fields and does nothing when nothing
 * changed; update() on a record that was never inserted inserts it; insert() on a loaded record inserts
 * a copy with a new sys_id; journal fields (work_notes) are write-only: pending text is dropped on
 * insert/update and reads back as null.
 * Louder than the platform on purpose: unknown tables and fields, undefined values, unsupported operators
 * and encoded-query syntax throw instead of being ignored. Deviations are listed in index.ts.
 *
 * Fields are reachable through getValue/setValue and getElement(field) (a GlideElement fake, see
 * glide-element.ts): `gr.state` is undefined here (the platform gives a GlideElement); internal state is
 * kept off the instance so property access finds nothing. Password2 columns hold cipher text: setValue
 * accepts only cipher text (or empty); the clear value goes through getElement(f).setDisplayValue.
 */
import { formatGlideDateTime, getNow } from './clock'
import {
    applyDefaults,
    auditUserName,
    countOperation,
    decryptSecret,
    findRow,
    nextGuid,
    refusedInsert,
    removeRow,
    rowsOf,
    storeRow,
    type StoredRow,
} from './database'
import {
    makeCondition,
    matchesAll,
    parseEncodedQuery,
    sortRows,
    type Condition,
    type ConditionGroup,
    type Order,
} from './query'
import { GlideElement } from './glide-element'
import { recordFieldUse } from './field-use'
import { getColumn, getTable, type Column } from './schema'
import { toStored, type Stored } from './values'

interface Buffer {
    values: Map<string, Stored>
    /** Not yet in the database (initialize / newRecord / setValue on a fresh GlideRecord). */
    isNew: boolean
    dirty: Set<string>
    /** Pending journal text per journal field, dropped on insert/update (the journal is not kept). */
    journal: Map<string, string>
}

interface Internal {
    readonly table: string
    groups: ConditionGroup[]
    orders: Order[]
    limit: number | null
    result: StoredRow[] | null
    index: number
    current: Buffer | null
}

const internals = new WeakMap<object, Internal>()
/** Records a business rule aborted with setAbortAction; read back with isActionAborted. */
const abortedRecords = new WeakMap<object, boolean>()
/** The operation a business rule runs for, when a test says it is a delete (see deletingInBusinessRule). */
const deletingRecords = new WeakSet<object>()

/** The record as a before-delete business rule receives it: operation() answers 'delete'. */
export function deletingInBusinessRule<T extends object>(gr: T): T {
    deletingRecords.add(gr)
    return gr
}

function state(gr: object): Internal {
    const internal = internals.get(gr)
    if (!internal) throw new Error('GlideRecord: not constructed through new GlideRecord(table)')
    return internal
}

function emptyBuffer(): Buffer {
    return { values: new Map(), isNew: true, dirty: new Set(), journal: new Map() }
}

function loadBuffer(row: StoredRow): Buffer {
    return { values: new Map(row.values), isNew: false, dirty: new Set(), journal: new Map() }
}

function snapshot(row: StoredRow): StoredRow {
    return { sysId: row.sysId, className: row.className, values: new Map(row.values) }
}

/** Returned by addQuery: lets callers OR more conditions into the same group. */
export class GlideQueryCondition {
    constructor(
        private readonly table: string,
        private readonly group: ConditionGroup
    ) {}

    addOrCondition(field: string, operatorOrValue: unknown, value?: unknown): GlideQueryCondition {
        const condition =
            arguments.length >= 3
                ? makeCondition(this.table, field, operatorOrValue, value)
                : makeCondition(this.table, field, '=', operatorOrValue)
        this.group.push(condition)
        return this
    }
}

export class GlideRecord {
    constructor(tableName: string) {
        getTable(tableName)
        internals.set(this, {
            table: tableName,
            groups: [],
            orders: [],
            limit: null,
            result: null,
            index: -1,
            current: null,
        })
    }

    // ---- table and record identity

    getTableName(): string {
        return state(this).table
    }

    isValid(): boolean {
        return true
    }

    isValidRecord(): boolean {
        const current = state(this).current
        return current !== null && !current.isNew
    }

    isNewRecord(): boolean {
        return state(this).current?.isNew ?? false
    }

    getUniqueValue(): string | null {
        return state(this).current?.values.get('sys_id') ?? null
    }

    // ---- query building

    addQuery(field: string, operatorOrValue?: unknown, value?: unknown): GlideQueryCondition {
        const s = state(this)
        if (arguments.length === 1) {
            this.addEncodedQuery(field)
            return new GlideQueryCondition(s.table, [])
        }
        const condition =
            arguments.length >= 3
                ? makeCondition(s.table, field, operatorOrValue, value)
                : makeCondition(s.table, field, '=', operatorOrValue)
        return this.pushGroup(condition)
    }

    addNullQuery(fieldName: string): GlideQueryCondition {
        return this.pushGroup(makeCondition(state(this).table, fieldName, 'ISEMPTY', undefined))
    }

    addNotNullQuery(fieldName: string): GlideQueryCondition {
        return this.pushGroup(makeCondition(state(this).table, fieldName, 'ISNOTEMPTY', undefined))
    }

    /** Supported subset: see parseEncodedQuery in query.ts; anything else throws. */
    addEncodedQuery(query: string): void {
        const s = state(this)
        const parsed = parseEncodedQuery(s.table, query)
        for (const condition of parsed.conditions) s.groups.push([condition])
        s.orders.push(...parsed.orders)
    }

    orderBy(name: string): void {
        recordFieldUse(state(this).table, name, 'query')
        state(this).orders.push({ column: getColumn(state(this).table, name), descending: false })
    }

    orderByDesc(name: string): void {
        recordFieldUse(state(this).table, name, 'query')
        state(this).orders.push({ column: getColumn(state(this).table, name), descending: true })
    }

    setLimit(limit: number): void {
        if (!Number.isInteger(limit) || limit < 0) throw new Error(`setLimit: not a non-negative integer: ${limit}`)
        state(this).limit = limit
    }

    private pushGroup(condition: Condition): GlideQueryCondition {
        const s = state(this)
        const group: ConditionGroup = [condition]
        s.groups.push(group)
        return new GlideQueryCondition(s.table, group)
    }

    // ---- reading

    /** Runs the query (one read). `query(field, value)` adds that condition first. */
    query(field?: string, value?: unknown): void {
        const s = state(this)
        if (field !== undefined) this.addQuery(field, value)
        const matching = sortRows(
            rowsOf(s.table).filter((row) => matchesAll(row.values, s.groups)),
            s.orders
        )
        s.result = (s.limit === null ? matching : matching.slice(0, s.limit)).map(snapshot)
        s.index = -1
        s.current = null
        countOperation(s.table, 'query')
    }

    next(): boolean {
        const s = state(this)
        if (s.result === null) return false
        s.index++
        if (s.index >= s.result.length) {
            s.index = s.result.length
            s.current = null
            return false
        }
        s.current = loadBuffer(s.result[s.index])
        return true
    }

    hasNext(): boolean {
        const s = state(this)
        return s.result !== null && s.index + 1 < s.result.length
    }

    /**
     * `get(sysId)` or `get(field, value)`: loads the first matching record (one read). Conditions,
     * orders and limit added before are dropped. An empty sys_id returns false without a read.
     */
    get(nameOrSysId: string, value?: unknown): boolean {
        const s = state(this)
        const [field, wanted] = value === undefined ? ['sys_id', nameOrSysId] : [nameOrSysId, value]
        s.groups = []
        s.orders = []
        s.limit = null
        s.result = []
        s.index = -1
        s.current = null
        recordFieldUse(s.table, field, 'query')
        getColumn(s.table, field)
        if (wanted === null || wanted === undefined || wanted === '') return false
        const condition = makeCondition(s.table, field, '=', wanted)
        countOperation(s.table, 'get')
        const row = rowsOf(s.table).find((r) => matchesAll(r.values, [[condition]]))
        if (!row) return false
        s.result = [snapshot(row)]
        return this.next()
    }

    /** The stored string, or null when empty (the platform's getValue returns null for ''). */
    getValue(name: string): string | null {
        const s = state(this)
        recordFieldUse(s.table, name, 'read')
        const column = getColumn(s.table, name)
        const current = s.current
        if (!current) return null
        if (column.type === 'journal_input') return current.journal.get(name) ?? null
        return current.values.get(name) ?? null
    }

    /**
     * Display value: for a reference, the referenced record's display field (name for sys_user, number for
     * task-like tables; one read of the referenced table); for a boolean 'true'/'false'; otherwise the value.
     * Empty gives ''. Without a field: the record's own display field.
     */
    getDisplayValue(name?: string): string {
        const s = state(this)
        if (name === undefined) {
            const display = getTable(s.table).display
            return display ? this.getDisplayValue(display) : ''
        }
        recordFieldUse(s.table, name, 'read')
        const column = getColumn(s.table, name)
        const value = this.getValue(name)
        if (value === null) return ''
        return displayOf(column, value)
    }

    /** The field as a GlideElement (getValue, setValue, get/setDisplayValue, getDecryptedValue, nil). */
    getElement(columnName: string): GlideElement {
        recordFieldUse(state(this).table, columnName, 'read')
        return new GlideElement(this, columnName)
    }

    // ---- writing

    /** Starts an empty new record (no defaults, no sys_id; both are filled on insert). */
    initialize(): void {
        state(this).current = emptyBuffer()
    }

    /** Starts a new record with default values, a number and a sys_id already assigned. */
    newRecord(): void {
        const s = state(this)
        const buffer = emptyBuffer()
        applyDefaults(s.table, buffer.values)
        buffer.values.set('sys_id', nextGuid())
        for (const key of buffer.values.keys()) buffer.dirty.add(key)
        s.current = buffer
    }

    /**
     * A field the table does not have is dropped without a word, as on the platform (a wrong name only
     * shows as missing data): tests/platform/platform-fields.test.ts is what catches it.
     */
    setValue(name: string, value: unknown): void {
        const s = state(this)
        recordFieldUse(s.table, name, 'write')
        const column = getTable(s.table).columns.get(name)
        if (!column) return
        s.current ??= emptyBuffer()
        const current = s.current
        const stored = toStored(column, value)
        if (column.type === 'journal_input') {
            if (stored === null) current.journal.delete(name)
            else current.journal.set(name, stored)
            return
        }
        if (column.type === 'password2' && stored !== null && decryptSecret(stored) === null) {
            throw new Error(
                `setValue(${s.table}.${name}): a password2 column stores cipher text; ` +
                    `set the clear value with getElement('${name}').setDisplayValue(value)`
            )
        }
        if (name === 'sys_id' && !current.isNew && stored !== current.values.get('sys_id')) {
            throw new Error(`setValue(${s.table}.sys_id): cannot change the sys_id of an existing record`)
        }
        if ((current.values.get(name) ?? null) === stored && !current.isNew) return
        current.values.set(name, stored)
        current.dirty.add(name)
    }

    /**
     * Inserts the current field values as a new record; returns its sys_id (one write). On a table refused
     * with refuseInserts(): writes nothing, counts nothing, keeps the buffer and returns null (or '').
     */
    insert(): string | null {
        const s = state(this)
        const refused = refusedInsert(s.table)
        if (refused) return refused.returns
        const source = s.current ?? emptyBuffer()
        const values = new Map(source.values)
        if (!source.isNew) {
            // Inserting a loaded record copies it under a new sys_id (the platform's "copy record" idiom).
            values.delete('sys_id')
            for (const sys of [
                'sys_created_on',
                'sys_created_by',
                'sys_updated_on',
                'sys_updated_by',
                'sys_mod_count',
            ]) {
                values.delete(sys)
            }
        }
        applyDefaults(s.table, values)
        const sysId = values.get('sys_id') ?? nextGuid()
        values.set('sys_id', sysId)
        const now = formatGlideDateTime(getNow())
        values.set('sys_created_on', now)
        values.set('sys_updated_on', now)
        values.set('sys_created_by', auditUserName())
        values.set('sys_updated_by', auditUserName())
        values.set('sys_mod_count', '0')
        const row: StoredRow = { sysId, className: s.table, values }
        storeRow(row)
        countOperation(s.table, 'insert')
        source.journal.clear()
        s.current = loadBuffer(row)
        return sysId
    }

    /**
     * Writes the changed fields (one write). Nothing changed: no write, returns the sys_id. A record never
     * inserted is inserted, as on the platform.
     */
    update(_reason?: unknown): string | null {
        const s = state(this)
        const current = s.current
        if (!current || current.isNew) return this.insert()
        const sysId = current.values.get('sys_id') as string
        if (current.dirty.size === 0 && current.journal.size === 0) return sysId
        const row = findRow(sysId)
        if (!row) throw new Error(`update(${s.table}): record ${sysId} no longer exists`)
        for (const field of current.dirty) row.values.set(field, current.values.get(field) ?? null)
        row.values.set('sys_updated_on', formatGlideDateTime(getNow()))
        row.values.set('sys_updated_by', auditUserName())
        row.values.set('sys_mod_count', String(Number(row.values.get('sys_mod_count') ?? '0') + 1))
        countOperation(s.table, 'update')
        current.journal.clear()
        s.current = loadBuffer(row)
        if (s.result && s.index >= 0 && s.index < s.result.length) s.result[s.index] = snapshot(row)
        return sysId
    }

    /**
     * Applies the values set with setValue to every record matching the query conditions (one write).
     * sys fields are maintained as for update().
     */
    updateMultiple(): void {
        const s = state(this)
        const changes = s.current ? [...s.current.dirty].map((f) => [f, s.current?.values.get(f) ?? null] as const) : []
        if (s.current?.journal.size) throw new Error(`updateMultiple(${s.table}): journal fields are not supported`)
        const now = formatGlideDateTime(getNow())
        for (const row of rowsOf(s.table).filter((r) => matchesAll(r.values, s.groups))) {
            for (const [field, value] of changes) row.values.set(field, value)
            row.values.set('sys_updated_on', now)
            row.values.set('sys_updated_by', auditUserName())
            row.values.set('sys_mod_count', String(Number(row.values.get('sys_mod_count') ?? '0') + 1))
        }
        countOperation(s.table, 'update')
    }

    /** Deletes the current record (one write). False when there is no current record. */
    deleteRecord(): boolean {
        const s = state(this)
        const current = s.current
        if (!current || current.isNew) return false
        const deleted = removeRow(current.values.get('sys_id') as string)
        countOperation(s.table, 'delete')
        s.current = null
        return deleted
    }

    // ---- business rule answers

    /**
     * In a business rule: insert for a new record, update for a stored one, delete when the rule runs on delete
     * (`operation(): string`, @servicenow/glide src/types/GlideRecord.d.ts).
     */
    operation(): string {
        if (deletingRecords.has(this)) return 'delete'
        return this.isNewRecord() ? 'insert' : 'update'
    }

    /** In a before business rule: the platform will not save this record. The fake only records it. */
    setAbortAction(abort: boolean): void {
        abortedRecords.set(this, abort)
    }

    isActionAborted(): boolean {
        return abortedRecords.get(this) === true
    }
}

function displayOf(column: Column, value: string): string {
    switch (column.type) {
        case 'boolean':
            return value === '1' ? 'true' : 'false'
        case 'password2':
            return '*'.repeat(8)
        case 'reference': {
            const table = column.reference as string
            countOperation(table, 'get')
            const display = getTable(table).display
            const row = rowsOf(table).find((r) => r.sysId === value)
            return (row && display ? row.values.get(display) : null) ?? ''
        }
        default:
            return value
    }
}
