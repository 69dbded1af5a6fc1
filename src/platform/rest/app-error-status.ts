import type { AppError, AppErrorCode } from '../../app/app-error'
import { apiError, type ApiError, type ApiErrorCode } from './api-error'

/** How each use-case refusal reads over HTTP; Genesys retries 5xx, never 4xx. */
const STATUS: Readonly<Record<AppErrorCode, [number, ApiErrorCode]>> = {
    invalid_input: [400, 'invalid_field'],
    forbidden: [403, 'forbidden'],
    not_owner: [403, 'forbidden'],
    not_found: [404, 'not_found'],
    invalid_transition: [409, 'invalid_transition'],
    invalid_target: [409, 'invalid_transition'],
    target_is_owner: [409, 'invalid_transition'],
    not_linked: [409, 'invalid_transition'],
    unmapped_queue: [422, 'unmapped_queue'],
    unmapped_agent: [422, 'unmapped_agent'],
    genesys_refused: [502, 'genesys_unavailable'],
    genesys_unavailable: [503, 'genesys_unavailable'],
    configuration: [500, 'configuration'],
    interaction_not_created: [500, 'internal_error'],
    case_not_created: [500, 'internal_error'],
    internal_error: [500, 'internal_error'],
}

/** `field` names the request field an unmapped user came from, so the Genesys admin knows what to fix. */
export function apiErrorFromApp(error: AppError, field?: string): ApiError {
    const [status, code] = STATUS[error.code] || [500, 'internal_error']
    return apiError(status, code, error.message, status === 422 ? field : undefined)
}
