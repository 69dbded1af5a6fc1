/**
 * Records which fields platform code touches, per table, while a test asks for it: the evidence the
 * platform-field test compares with the app's declared field list. Off by default (costs nothing).
 */
export type FieldUseKind = 'read' | 'write' | 'query'

export interface FieldUse {
    readonly table: string
    readonly field: string
    readonly kind: FieldUseKind
}

let recording: FieldUse[] | null = null

/** Called by the fake GlideRecord and query builder for every field they are given. */
export function recordFieldUse(table: string, field: string, kind: FieldUseKind): void {
    if (recording) recording.push({ table, field, kind })
}

/** Runs `work` and returns every field use it made, in order (duplicates kept). */
export function recordFieldUses(work: () => void): FieldUse[] {
    const previous = recording
    const uses: FieldUse[] = []
    recording = uses
    try {
        work()
    } finally {
        recording = previous
    }
    return uses
}
