/**
 * The port every Genesys call goes through. On the instance it is RESTMessageV2 (synchronous);
 * under Node tests it is a fake or a real-HTTP transport. Synchronous on purpose: server-side
 * ServiceNow scripts cannot await.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpRequest {
    readonly method: HttpMethod
    /** Absolute URL, query string included. */
    readonly url: string
    /** Header names as sent; callers use canonical casing (e.g. `Content-Type`). */
    readonly headers: Readonly<Record<string, string>>
    readonly body?: string
    /** Give up on the exchange after this many milliseconds. */
    readonly timeoutMs: number
}

export interface HttpResponse {
    readonly status: number
    /** Header names lower-cased, so lookups do not depend on the server's casing. */
    readonly headers: Readonly<Record<string, string>>
    readonly body: string
}

/** No HTTP status came back: the connection failed or the timeout passed first. */
export interface TransportFailure {
    readonly kind: 'timeout' | 'network'
    readonly message: string
}

export type TransportOutcome =
    { readonly ok: true; readonly response: HttpResponse } | { readonly ok: false; readonly failure: TransportFailure }

export interface HttpTransport {
    send(request: HttpRequest): TransportOutcome
}
