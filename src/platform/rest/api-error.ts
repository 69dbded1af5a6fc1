/** Error codes the Genesys-facing endpoint answers with; Genesys Data Actions branch on them. */
export type ApiErrorCode =
    | 'invalid_json'
    | 'missing_field'
    | 'invalid_field'
    | 'forbidden'
    | 'not_found'
    | 'invalid_transition'
    | 'payload_too_large'
    | 'unmapped_agent'
    | 'unmapped_queue'
    | 'configuration'
    | 'genesys_unavailable'
    | 'internal_error'

export interface ApiError {
    readonly status: number
    readonly code: ApiErrorCode
    readonly message: string
    /** The request field at fault, for 400 and 422 answers. */
    readonly field?: string
}

/** An HTTP answer as data: the glue only copies it onto the RESTAPIResponse. */
export interface ApiReply {
    readonly status: number
    readonly body: Readonly<Record<string, unknown>>
}

export function apiError(status: number, code: ApiErrorCode, message: string, field?: string): ApiError {
    return field === undefined ? { status, code, message } : { status, code, message, field }
}

/** `{ error: { code, message, field? } }` */
export function errorReply(error: ApiError): ApiReply {
    const body =
        error.field === undefined
            ? { code: error.code, message: error.message }
            : { code: error.code, message: error.message, field: error.field }
    return { status: error.status, body: { error: body } }
}
