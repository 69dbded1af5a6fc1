/** JSON.parse without a throw: a 2xx with a broken body is data, not an exception. */
export function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
    if (typeof text !== 'string' || text.trim() === '') return { ok: false }
    try {
        return { ok: true, value: JSON.parse(text) }
    } catch (_e) {
        return { ok: false }
    }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function stringField(record: Record<string, unknown>, name: string): string | undefined {
    const value = record[name]
    return typeof value === 'string' && value !== '' ? value : undefined
}
