/**
 * Query conditions of the fake GlideRecord: the addQuery operators, the supported encoded-query
 * subset, matching and ordering.
 *
 * Matching follows the platform's SQL: string comparisons ignore case (MySQL *_ci collation), and
 * every operator except ISEMPTY is false for an empty field (SQL NULL), so `state!=closed` does not
 * return rows whose state is empty.
 */
import type { StoredRow } from './database'
import { recordFieldUse } from './field-use'
import { getColumn, type Column } from './schema'
import { compareStored, foldCase, toStored, type Stored } from './values'

export const OPERATORS = [
    '=',
    '!=',
    '>',
    '>=',
    '<',
    '<=',
    'IN',
    'NOT IN',
    'STARTSWITH',
    'ENDSWITH',
    'CONTAINS',
    'DOES NOT CONTAIN',
    'ISEMPTY',
    'ISNOTEMPTY',
] as const
export type Operator = (typeof OPERATORS)[number]

export interface Condition {
    readonly column: Column
    readonly operator: Operator
    /** One value, or the list for IN / NOT IN; none for ISEMPTY / ISNOTEMPTY. */
    readonly values: readonly string[]
}

/** Conditions joined with OR (addQuery(...).addOrCondition(...)); groups are joined with AND. */
export type ConditionGroup = Condition[]

export interface Order {
    readonly column: Column
    readonly descending: boolean
}

const LIKE_OPERATORS: readonly Operator[] = ['STARTSWITH', 'ENDSWITH', 'CONTAINS', 'DOES NOT CONTAIN']

function isOperator(value: unknown): value is Operator {
    return typeof value === 'string' && (OPERATORS as readonly string[]).includes(value)
}

/** Builds a condition from addQuery-style arguments, converting values the way setValue does. */
export function makeCondition(table: string, field: string, operator: unknown, value: unknown): Condition {
    recordFieldUse(table, field, 'query')
    const column = getColumn(table, field)
    if (column.type === 'journal_input') {
        throw new Error(`addQuery(${table}.${field}): journal fields live in sys_journal_field and cannot be queried`)
    }
    if (!isOperator(operator)) {
        throw new Error(`addQuery(${table}.${field}): unsupported operator '${String(operator)}'`)
    }
    if (operator === 'ISEMPTY' || operator === 'ISNOTEMPTY') return { column, operator, values: [] }
    if (operator === 'IN' || operator === 'NOT IN') {
        const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
        const values = list
            .map((item) => toStored(column, typeof item === 'string' ? item.trim() : item))
            .filter((item): item is string => item !== null)
        return { column, operator, values }
    }
    if (Array.isArray(value)) {
        throw new Error(`addQuery(${table}.${field}): an array needs the 'IN' or 'NOT IN' operator`)
    }
    if (LIKE_OPERATORS.includes(operator)) {
        if (value === undefined || value === null || typeof value === 'object' || String(value) === '') {
            throw new Error(`addQuery(${table}.${field}, '${operator}'): needs a non-empty string`)
        }
        return { column, operator, values: [String(value)] }
    }
    const stored = toStored(column, value)
    if (stored === null) {
        throw new Error(
            `addQuery(${table}.${field}, '${operator}'): empty value; use addNullQuery/addNotNullQuery to match empty fields`
        )
    }
    return { column, operator, values: [stored] }
}

function equal(column: Column, a: string, b: string): boolean {
    return compareStored(column, a, b) === 0
}

export function matchesCondition(values: ReadonlyMap<string, Stored>, condition: Condition): boolean {
    const stored = values.get(condition.column.name) ?? null
    const { column, operator } = condition
    if (operator === 'ISEMPTY') return stored === null
    if (stored === null) return false
    const [first] = condition.values
    switch (operator) {
        case 'ISNOTEMPTY':
            return true
        case '=':
            return equal(column, stored, first)
        case '!=':
            return !equal(column, stored, first)
        case '>':
            return compareStored(column, stored, first) > 0
        case '>=':
            return compareStored(column, stored, first) >= 0
        case '<':
            return compareStored(column, stored, first) < 0
        case '<=':
            return compareStored(column, stored, first) <= 0
        case 'IN':
            return condition.values.some((v) => equal(column, stored, v))
        case 'NOT IN':
            return !condition.values.some((v) => equal(column, stored, v))
        case 'STARTSWITH':
            return foldCase(stored).startsWith(foldCase(first))
        case 'ENDSWITH':
            return foldCase(stored).endsWith(foldCase(first))
        case 'CONTAINS':
            return foldCase(stored).includes(foldCase(first))
        case 'DOES NOT CONTAIN':
            return !foldCase(stored).includes(foldCase(first))
    }
}

export function matchesAll(values: ReadonlyMap<string, Stored>, groups: readonly ConditionGroup[]): boolean {
    return groups.every((group) => group.some((condition) => matchesCondition(values, condition)))
}

/** Stable sort by the orders, first order is the primary key. */
export function sortRows(rows: StoredRow[], orders: readonly Order[]): StoredRow[] {
    if (orders.length === 0) return rows
    return [...rows].sort((a, b) => {
        for (const { column, descending } of orders) {
            const c = compareStored(column, a.values.get(column.name) ?? null, b.values.get(column.name) ?? null)
            if (c !== 0) return descending ? -c : c
        }
        return 0
    })
}

export interface ParsedEncodedQuery {
    readonly conditions: Condition[]
    readonly orders: Order[]
}

/**
 * Parses the supported encoded-query subset, terms joined by '^':
 *   field=value, field!=value, fieldISEMPTY, fieldISNOTEMPTY, ORDERBYfield, ORDERBYDESCfield, EQ (ignored).
 * Anything else (OR/NQ terms, other operators, dot-walking, empty values) throws: the platform would
 * silently drop what it cannot parse and return too many rows.
 */
export function parseEncodedQuery(table: string, query: string): ParsedEncodedQuery {
    const conditions: Condition[] = []
    const orders: Order[] = []
    if (query === '') return { conditions, orders }
    for (const term of query.split('^')) {
        const fail = (why: string): never => {
            throw new Error(
                `addEncodedQuery(${table}): ${why} in term '${term}' of '${query}' (unsupported by the fake)`
            )
        }
        if (term === 'EQ') continue
        if (term === '') fail('empty term')
        let m = /^ORDERBYDESC([a-z0-9_]+)$/.exec(term)
        if (m) {
            orders.push({ column: getColumn(table, m[1]), descending: true })
            continue
        }
        m = /^ORDERBY([a-z0-9_]+)$/.exec(term)
        if (m) {
            orders.push({ column: getColumn(table, m[1]), descending: false })
            continue
        }
        if (term.startsWith('OR') || term.startsWith('NQ')) fail('OR/NQ terms are not supported')
        m = /^([a-z0-9_]+)(ISEMPTY|ISNOTEMPTY)$/.exec(term)
        if (m) {
            conditions.push(makeCondition(table, m[1], m[2], undefined))
            continue
        }
        m = /^([a-z0-9_]+)(!=|=)(.*)$/.exec(term)
        if (m) {
            if (m[3] === '') fail('empty value')
            conditions.push(makeCondition(table, m[1], m[2], m[3]))
            continue
        }
        fail('unsupported operator or field syntax')
    }
    return { conditions, orders }
}
