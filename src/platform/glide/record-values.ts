import { GlideRecord } from '@servicenow/glide'

/** A field's stored value, null when empty (the platform returns null or '' depending on the type). */
export function valueOf(gr: GlideRecord, field: string): string | null {
    const value = gr.getValue(field)
    return value === null || value === undefined || value === '' ? null : String(value)
}

/** Clears a field with '' (the platform stores empty, never the text 'null'). */
export function setOrClear(gr: GlideRecord, field: string, value: string | null): void {
    gr.setValue(field, value === null ? '' : value)
}

/**
 * The first row where `field` equals `value`, or null. addQuery only: the value is never spliced into
 * an encoded query, so a `^` or `OR` in Genesys or email input cannot widen the match.
 */
export function findOne(table: string, field: string, value: string): GlideRecord | null {
    if (value === '') return null
    const gr = new GlideRecord(table)
    gr.addQuery(field, value)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr : null
}

/** Cuts a value to a column's length so an over-long message never makes the insert fail. */
export function fit(value: string | null, maxLength: number): string | null {
    return value === null ? null : value.length > maxLength ? value.slice(0, maxLength) : value
}
