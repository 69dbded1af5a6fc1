import type { ApiReply } from './api-error'

/** The slices of the scripted REST request/response objects the endpoint uses. */
export interface RestRequestLike {
    readonly body: { readonly dataString?: string | null } | null
}

export interface RestResponseLike {
    setStatus(status: number): void
    setContentType(type: string): void
    setBody(body: unknown): void
}

/** The raw body: dataString never throws on malformed JSON (body.data would). */
export function readBodyText(request: RestRequestLike): string | null {
    try {
        const text = request.body ? request.body.dataString : null
        return text === null || text === undefined ? null : String(text)
    } catch {
        return null
    }
}

export function writeReply(response: RestResponseLike, reply: ApiReply): void {
    response.setStatus(reply.status)
    response.setContentType('application/json')
    response.setBody(reply.body)
}
