import type { GenesysError } from '../genesys/genesys-error'

/**
 * Why a use case did not do what was asked, as plain data with a stable code (the platform forbids
 * Error subclasses). `message` is an agent-facing English sentence; entry points show it as is.
 */
export type AppErrorCode =
    | 'not_found'
    | 'forbidden'
    | 'not_owner'
    | 'invalid_input'
    | 'invalid_transition'
    | 'invalid_target'
    | 'unmapped_queue'
    | 'unmapped_agent'
    | 'target_is_owner'
    /** The interaction has no Genesys conversation/participant, so Genesys cannot act on it. */
    | 'not_linked'
    | 'genesys_refused'
    | 'genesys_unavailable'
    | 'configuration'
    /** The platform refused to insert the interaction (e.g. a business rule aborted it); nothing was routed. */
    | 'interaction_not_created'
    /** The platform refused to insert or link the case; the interaction stays as it was. */
    | 'case_not_created'
    /** An unexpected failure (a bug), answered at an entry point; the cause is in the system log. */
    | 'internal_error'

export interface AppError {
    readonly code: AppErrorCode
    readonly message: string
    /** The Genesys failure behind genesys_refused / genesys_unavailable (kind, status, correlation id). */
    readonly genesys?: GenesysError
}

export function appError(code: AppErrorCode, message: string, genesys?: GenesysError): AppError {
    return genesys ? { code, message, genesys } : { code, message }
}
