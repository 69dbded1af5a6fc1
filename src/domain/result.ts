/**
 * Success or failure as plain data. The platform forbids subclassing Error, so every
 * expected failure in this app travels as a value with a stable `code`, never as a throw.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
    return { ok: true, value }
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
    return { ok: false, error }
}
