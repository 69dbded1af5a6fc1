import { appError, type AppError } from './app-error'

/**
 * Entry points pass whatever the client or Genesys sent; these checks run on the server so a
 * bypassed client gets a clear `invalid_input` instead of a half-applied change.
 */
export function textProblem(value: unknown, label: string, max = 255): AppError | null {
    if (typeof value !== 'string' || value.trim() === '') return appError('invalid_input', `${label} is required.`)
    if (value.length > max) return appError('invalid_input', `${label} is longer than ${max} characters.`)
    return null
}

export function optionalTextProblem(value: unknown, label: string, max = 255): AppError | null {
    return value === undefined || value === null ? null : textProblem(value, label, max)
}

/** The first problem of several checks, or null when all pass. */
export function firstProblem(...problems: (AppError | null)[]): AppError | null {
    return problems.find((p) => p !== null) ?? null
}
