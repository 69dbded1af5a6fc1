import { isRetryableLater, type GenesysError } from '../genesys/genesys-error'
import { appError, type AppError } from './app-error'

/** When Genesys is busy without saying how long, agents are told to wait this long. */
const DEFAULT_WAIT_SECONDS = 30

function reference(error: GenesysError): string {
    return error.correlationId ? ` (Genesys reference ${error.correlationId})` : ''
}

/** One line for outbox last_error and history rows: kind, HTTP status, Genesys code, message, correlation id. */
export function describeGenesysError(error: GenesysError): string {
    const status = error.status > 0 ? ` HTTP ${error.status}` : ''
    const code = error.code ? ` ${error.code}` : ''
    return `${error.kind}${status}${code}: ${error.message}${reference(error)}`
}

function waitAdvice(error: GenesysError): string {
    switch (error.kind) {
        case 'rate_limited':
            return `Genesys Cloud is busy (rate limited); try again in ${error.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS} seconds.`
        case 'auth':
            return 'ServiceNow could not sign in to Genesys Cloud; try again in a minute and tell your administrator if it persists.'
        case 'timeout':
            return 'Genesys Cloud did not answer in time; try again in a minute.'
        case 'invalid_response':
            return 'Genesys Cloud answered with something ServiceNow could not read; try again in a minute.'
        case 'unavailable':
        case 'server':
            return `Genesys Cloud is unavailable (${error.status > 0 ? `HTTP ${error.status}` : error.kind}); try again in a minute.`
        default:
            return `Genesys Cloud is unavailable (${error.kind}); try again in a minute.`
    }
}

/** Genesys parks at most 10 emails per user (DOMAIN.md section 4). */
export const PARKING_LIMIT_MESSAGE =
    'You already have 10 parked emails in Genesys Cloud (its limit); resume one first. Nothing was changed.'

/**
 * Genesys refuses an 11th parked email with a 400 whose code is not documented (only the limit is); the stand-in
 * answers `bad.request` "...maximum of 10 parked emails". [inferred] Recognised by its text: a 400 that speaks of
 * parked emails and a maximum or limit. Anything else stays the generic refusal, with Genesys's own words.
 */
export function isParkingLimit(error: GenesysError): boolean {
    return (
        error.kind === 'bad_request' &&
        /park/i.test(error.message || '') &&
        /(maximum|limit|max\b|too many)/i.test(error.message || '')
    )
}

/** For actions that need Genesys to agree first: nothing changed in ServiceNow, say why and what to do. */
export function genesysFirstFailure(action: string, error: GenesysError): AppError {
    if (isParkingLimit(error)) return appError('genesys_refused', PARKING_LIMIT_MESSAGE, error)
    // An unreadable 2xx is no refusal: Genesys said nothing usable (the read shows it was not done).
    if (isRetryableLater(error) || error.kind === 'invalid_response')
        return appError('genesys_unavailable', `${waitAdvice(error)} Nothing was changed.`, error)
    if (error.kind === 'configuration')
        return appError(
            'configuration',
            `The Genesys Cloud connection is not configured correctly (${error.message}); tell your administrator. Nothing was changed.`,
            error
        )
    return appError(
        'genesys_refused',
        `Genesys Cloud refused to ${action}: ${error.message}${reference(error)}. Nothing was changed.`,
        error
    )
}
