import { appError, type AppError } from '../app-error'

/** Genesys resumes a parked email by itself after 7 days at the latest (DOMAIN.md section 4). */
const MAX_PARK_MS = 7 * 24 * 3600 * 1000

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** A resume time must be a future ISO-8601 instant within Genesys's 7-day parking limit. */
export function parkUntilProblem(resumeTime: string | null, nowMs: number): AppError | null {
    if (resumeTime === null) return null
    const at = ISO_INSTANT.test(resumeTime) ? Date.parse(resumeTime) : NaN
    if (isNaN(at))
        return appError('invalid_input', 'The resume time must be a date and time such as 2025-01-07T09:00:00Z.')
    if (at <= nowMs) return appError('invalid_input', 'The resume time must be in the future.')
    if (at - nowMs > MAX_PARK_MS)
        return appError(
            'invalid_input',
            'Genesys Cloud resumes a parked email after 7 days at the latest; choose a resume time within 7 days.'
        )
    return null
}
