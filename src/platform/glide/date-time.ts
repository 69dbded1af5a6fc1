import { GlideDateTime } from '@servicenow/glide'

/** Epoch milliseconds as a GlideDateTime, for glide_date_time columns and queries on them. */
export function toGlideDateTime(ms: number): GlideDateTime {
    const gdt = new GlideDateTime()
    gdt.setValue(ms)
    return gdt
}

/** A stored glide_date_time value ('yyyy-MM-dd HH:mm:ss', UTC) as epoch milliseconds; 0 when empty. */
export function toEpochMs(stored: string | null): number {
    if (stored === null || stored === '') return 0
    return new GlideDateTime(stored).getNumericValue()
}
