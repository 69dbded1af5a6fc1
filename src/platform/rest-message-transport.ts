import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import type { HttpRequest, HttpTransport, TransportOutcome } from '../genesys/http-transport'

/** The slice of RESTMessageV2 the transport uses; tests hand in a fake through the module mock. */
interface RestMessage {
    setEndpoint(endpoint: string): void
    setHttpMethod(method: string): void
    setRequestHeader(name: string, value: string): void
    setRequestBody(body: string): void
    setHttpTimeout(timeoutMs: number): void
    execute(): RestResponse
}

interface RestResponse {
    getStatusCode(): number
    getBody(): string
    getHeaders(): Record<string, unknown>
    haveError(): boolean
    getErrorCode(): number
    getErrorMessage(): string
}

/**
 * HttpTransport over sn_ws.RESTMessageV2 (synchronous). No retry here: the Genesys client owns
 * retries. A response with an HTTP status is returned as is, even when haveError() is true (the
 * platform flags every 4xx/5xx that way); only "no status" (0) is a transport failure.
 */
export function createRestMessageTransport(): HttpTransport {
    return {
        send(request: HttpRequest): TransportOutcome {
            let response: RestResponse
            try {
                // The .d.ts types the Rhino-internal constructor signature; the script API takes no arguments.
                const message = new (RESTMessageV2 as unknown as new () => RestMessage)()
                message.setEndpoint(request.url)
                message.setHttpMethod(request.method.toLowerCase())
                for (const name of Object.keys(request.headers)) message.setRequestHeader(name, request.headers[name])
                if (request.body !== undefined) message.setRequestBody(request.body)
                message.setHttpTimeout(request.timeoutMs)
                response = message.execute()
            } catch (e) {
                // Some failures (bad endpoint, blocked host) throw from execute() instead of flagging an error.
                return failure(messageOf(e))
            }
            const status = Number(response.getStatusCode()) || 0
            if (status === 0) {
                const code = response.haveError() ? response.getErrorCode() : undefined
                return failure(`${response.getErrorMessage() || 'no response'}${code ? ` (code ${code})` : ''}`)
            }
            return {
                ok: true,
                response: { status, headers: lowerCaseHeaders(response), body: String(response.getBody() ?? '') },
            }
        },
    }
}

function failure(message: string): TransportOutcome {
    // The platform reports timeouts only in the message text (java SocketTimeoutException, "timed out").
    const kind = /time[d\s-]*out/i.test(message) ? 'timeout' : 'network'
    return { ok: false, failure: { kind, message } }
}

function lowerCaseHeaders(response: RestResponse): Record<string, string> {
    const out: Record<string, string> = {}
    let raw: Record<string, unknown> | undefined
    try {
        raw = response.getHeaders()
    } catch (_e) {
        raw = undefined
    }
    if (raw) {
        // The platform hands back a Java-backed object: for..in and String() work on both that and a JS object.
        for (const name in raw) {
            const value = raw[name]
            if (value !== undefined && value !== null) out[String(name).toLowerCase()] = String(value)
        }
    }
    return out
}

function messageOf(e: unknown): string {
    if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message)
    return String(e)
}
