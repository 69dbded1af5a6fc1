/** Data shared by the stand-in server (worker thread) and the tests that drive it over /__admin. */

export interface RecordedRequest {
    /** 1-based arrival order. */
    readonly seq: number
    readonly method: string
    /** Path without the query string. */
    readonly path: string
    readonly query: Readonly<Record<string, string>>
    /** Header names lower-cased (Node's view of them). */
    readonly headers: Readonly<Record<string, string>>
    readonly body: string
    /** The fault that answered this request, if one did. */
    readonly fault?: FaultSpec['kind']
}

export type FaultSpec =
    /** 429 with a `too.many.requests` ErrorBody; `Retry-After` header when retryAfterSeconds is set. */
    | { readonly kind: 'rate_limited'; readonly retryAfterSeconds?: number }
    /**
     * A 5xx (or any status) with a Genesys ErrorBody; optional `Retry-After`. With afterProcessing
     * the request is carried out first (a gateway timing out on a backend that did the work).
     */
    | {
          readonly kind: 'status'
          readonly status: number
          readonly retryAfterSeconds?: number
          readonly afterProcessing?: boolean
      }
    /** Hold the response this long, then answer normally (a client timeout shorter than this fires first). */
    | { readonly kind: 'delay'; readonly delayMs: number }
    /** The presented bearer token stops being valid now; this request answers 401 `bad.credentials`. */
    | { readonly kind: 'expire_token' }
    /** 200 with `application/json` content type and a truncated JSON body; with afterProcessing the work is done first. */
    | { readonly kind: 'malformed_json'; readonly afterProcessing?: boolean }
    /** Destroy the socket without any response (a connection reset); with afterProcessing the work is done first. */
    | { readonly kind: 'reset'; readonly afterProcessing?: boolean }

export interface FaultRule {
    /** Exact method, or omitted for any. */
    readonly method?: string
    /** Path pattern: `*` matches one path segment, `**` matches anything (including `/`). */
    readonly path: string
    /** How many matching requests this fault answers; defaults to 1. */
    readonly times?: number
    readonly fault: FaultSpec
}

export interface SeedQueue {
    readonly id: string
    readonly name: string
}

export interface SeedWrapupCode {
    readonly id: string
    readonly name: string
}

export interface SeedUser {
    readonly id: string
    readonly name: string
    /** User.state: `active` (default), `inactive` or `deleted`. */
    readonly state?: 'active' | 'inactive' | 'deleted'
}

export interface AssignedAgent {
    readonly participantId: string
    readonly communicationId: string
}

export interface StandInOptions {
    readonly clientId: string
    readonly clientSecret: string
    /** `expires_in` of issued tokens; the stand-in also enforces it. Default 86400. */
    readonly tokenLifetimeSeconds?: number
}

export const DEFAULT_OPTIONS: Required<StandInOptions> = {
    clientId: 'stand-in-client',
    clientSecret: 'stand-in-secret',
    tokenLifetimeSeconds: 86400,
}
