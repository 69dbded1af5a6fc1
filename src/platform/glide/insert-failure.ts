import type { DataError } from '../../app/ports'

/**
 * What a refused insert becomes: GlideRecord.insert() answers null (or '' on some paths) when a business
 * rule aborts it or a data policy refuses it, and says nothing more.
 */
export function insertFailed(table: string): DataError {
    return {
        code: 'insert_failed',
        table,
        message: `the ${table} record was not inserted (a business rule or data policy refused it)`,
    }
}
