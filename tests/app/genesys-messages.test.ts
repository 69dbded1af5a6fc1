import { describeGenesysError, genesysFirstFailure } from '../../src/app/genesys-messages'
import { GENESYS_ERRORS } from './support/scripted-genesys'

describe('agent-facing messages for a Genesys failure before anything changed', () => {
    it.each([
        [
            GENESYS_ERRORS.rateLimited(12),
            'genesys_unavailable',
            'Genesys Cloud is busy (rate limited); try again in 12 seconds. Nothing was changed.',
        ],
        [
            { ...GENESYS_ERRORS.rateLimited(), retryAfterSeconds: undefined },
            'genesys_unavailable',
            'Genesys Cloud is busy (rate limited); try again in 30 seconds. Nothing was changed.',
        ],
        [
            GENESYS_ERRORS.timeout(),
            'genesys_unavailable',
            'Genesys Cloud did not answer in time; try again in a minute. Nothing was changed.',
        ],
        [
            GENESYS_ERRORS.unavailable(),
            'genesys_unavailable',
            'Genesys Cloud is unavailable (HTTP 503); try again in a minute. Nothing was changed.',
        ],
        [
            { kind: 'auth', status: 401, message: 'invalid token' } as const,
            'genesys_unavailable',
            'ServiceNow could not sign in to Genesys Cloud; try again in a minute and tell your administrator if it persists. Nothing was changed.',
        ],
        [
            GENESYS_ERRORS.configuration(),
            'configuration',
            'The Genesys Cloud connection is not configured correctly (no credential alias is set); tell your administrator. Nothing was changed.',
        ],
        [
            GENESYS_ERRORS.badRequest(),
            'genesys_refused',
            'Genesys Cloud refused to park the email: The queue is not accepting transfers (Genesys reference corr-400). Nothing was changed.',
        ],
    ] as const)('%j -> %s', (error, code, message) => {
        expect(genesysFirstFailure('park the email', error)).toEqual({ code, message, genesys: error })
    })
})

describe('the one-line description kept in outbox rows and history', () => {
    it('names kind, HTTP status, Genesys code, message and reference', () => {
        expect(describeGenesysError(GENESYS_ERRORS.notFound())).toBe(
            'not_found HTTP 404 not.found: The participant was not found (Genesys reference corr-404)'
        )
    })

    it('leaves out what Genesys did not send', () => {
        expect(describeGenesysError(GENESYS_ERRORS.timeout())).toBe('timeout: no response within 8000 ms')
    })
})
