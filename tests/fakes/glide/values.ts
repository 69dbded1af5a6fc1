/**
 * How values become stored strings, per column type, the way the platform stores them:
 * everything is a string, empty is null, booleans are '1'/'0', date-times 'yyyy-MM-dd HH:mm:ss' UTC.
 */
import { parseGlideDateTime } from './clock'
import type { Column } from './schema'

export type Stored = string | null

/** Anything with a getValue(): string, e.g. a (fake) GlideDateTime. */
interface HasGetValue {
    getValue(): unknown
}

function hasGetValue(value: unknown): value is HasGetValue {
    return typeof value === 'object' && value !== null && typeof (value as HasGetValue).getValue === 'function'
}

function label(column: Column): string {
    return `${column.table}.${column.name}`
}

/** Converts a value passed to setValue/addQuery into its stored string form (null = empty). */
export function toStored(column: Column, value: unknown): Stored {
    if (value === undefined) {
        throw new Error(`${label(column)}: value is undefined (pass null or '' to clear a field)`)
    }
    if (value === null) return null
    if (hasGetValue(value) && column.type === 'glide_date_time') return toStored(column, value.getValue())
    if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol') {
        throw new Error(`${label(column)}: cannot store a ${typeof value}; pass a string`)
    }
    const text = String(value)
    if (text === '') return null
    switch (column.type) {
        case 'boolean':
            if (value === true || text === 'true' || text === '1') return '1'
            if (value === false || text === 'false' || text === '0') return '0'
            throw new Error(`${label(column)}: '${text}' is not a boolean`)
        case 'integer':
            if (!/^-?\d+$/.test(text)) throw new Error(`${label(column)}: '${text}' is not an integer`)
            return String(Number(text))
        case 'glide_date_time':
            if (parseGlideDateTime(text) === null) {
                throw new Error(`${label(column)}: '${text}' is not 'yyyy-MM-dd HH:mm:ss'`)
            }
            return text.length === 10 ? `${text} 00:00:00` : text
        default:
            return text
    }
}

/** Case-insensitive comparison key, like the platform's MySQL collation (utf8 *_ci). */
export function foldCase(value: string): string {
    return value.toLowerCase()
}

/** Orders stored values: empty first, integers numerically, everything else case-insensitively. */
export function compareStored(column: Column, a: Stored, b: Stored): number {
    if (a === b) return 0
    if (a === null) return -1
    if (b === null) return 1
    if (column.type === 'integer') return Number(a) - Number(b)
    const fa = foldCase(a)
    const fb = foldCase(b)
    return fa < fb ? -1 : fa > fb ? 1 : 0
}
