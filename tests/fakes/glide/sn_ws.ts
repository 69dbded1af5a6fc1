/**
 * Fake of '@servicenow/glide/sn_ws' (jest maps the module here): RESTMessageV2 with the script API's
 * behaviour. Setters record what would be sent; execute() answers with the next scripted response and
 * records the message. Nothing goes over the network.
 *
 *   scriptRestResponse({ status: 200, body: '{"id":"c1"}', headers: { 'Retry-After': '3' } })
 *   scriptRestResponse({ status: 0, error: { message: 'Read timed out', code: 1 } })
 *   scriptRestResponse({ throws: 'Invalid endpoint' })
 *   ... run platform code ...
 *   expect(sentRestMessages()[0]).toMatchObject({ method: 'patch', endpoint: '...' })
 *
 * Platform behaviour kept: a 4xx/5xx response has haveError() true with the status as error code; a
 * response with no status (timeout, refused connection) has status 0. Scripted responses are used
 * once, in order; execute() with none left throws (a test forgot to script one), which the transport
 * turns into a failure the test sees. Named REST messages (constructor arguments) are only recorded.
 */

export interface ScriptedRestResponse {
    /** HTTP status; 0 (the default) means no response arrived. */
    readonly status?: number
    readonly body?: string
    readonly headers?: Readonly<Record<string, string>>
    /** haveError() true with this message and code. Default for status >= 400: 'Method failed ... code: <status>'. */
    readonly error?: { readonly message: string; readonly code?: number }
    /** execute() throws an exception with this message instead of returning (bad endpoint, blocked host). */
    readonly throws?: string
    /** getHeaders() throws (the platform's header map is not always readable). */
    readonly unreadableHeaders?: boolean
}

/** One executed message, as the script built it. */
export interface SentRestMessage {
    readonly constructorArgs: readonly unknown[]
    readonly endpoint: string
    /** As passed to setHttpMethod (the platform takes lower case). */
    readonly method: string
    readonly headers: Readonly<Record<string, string>>
    /** undefined when setRequestBody was never called. */
    readonly body: string | undefined
    readonly timeoutMs: number | undefined
}

const scripted: ScriptedRestResponse[] = []
const sent: SentRestMessage[] = []
/** Answers when nothing is scripted: a whole fake service, for end-to-end runs and benchmarks. */
let responder: ((message: SentRestMessage) => ScriptedRestResponse) | null = null

export class RESTResponseV2 {
    constructor(private readonly scriptedResponse: ScriptedRestResponse) {}

    getStatusCode(): number {
        return this.scriptedResponse.status ?? 0
    }

    getBody(): string {
        return this.scriptedResponse.body ?? ''
    }

    getHeaders(): Record<string, string> {
        if (this.scriptedResponse.unreadableHeaders) throw new Error('fake RESTResponseV2: headers are unreadable')
        return { ...this.scriptedResponse.headers }
    }

    /** Case-insensitive, as HTTP header names are; null when absent. */
    getHeader(name: string): string | null {
        const headers = this.getHeaders()
        const key = Object.keys(headers).find((k) => k.toLowerCase() === String(name).toLowerCase())
        return key === undefined ? null : headers[key]
    }

    haveError(): boolean {
        return this.error() !== undefined
    }

    getErrorCode(): number {
        return this.error()?.code ?? 0
    }

    getErrorMessage(): string {
        return this.error()?.message ?? ''
    }

    private error(): { message: string; code?: number } | undefined {
        const { error, status = 0 } = this.scriptedResponse
        if (error) return error
        if (status >= 400) return { message: `Method failed: with code: ${status}`, code: status }
        return undefined
    }
}

export class RESTMessageV2 {
    private readonly args: readonly unknown[]
    private endpoint = ''
    private method = ''
    private readonly headers: Record<string, string> = {}
    private body: string | undefined
    private timeoutMs: number | undefined

    constructor(...args: unknown[]) {
        this.args = args
    }

    setEndpoint(endpoint: string): void {
        this.endpoint = String(endpoint)
    }

    setHttpMethod(method: string): void {
        this.method = String(method)
    }

    setRequestHeader(name: string, value: string): void {
        this.headers[String(name)] = String(value)
    }

    setRequestBody(body: string): void {
        this.body = String(body)
    }

    setHttpTimeout(timeoutMs: number): void {
        this.timeoutMs = timeoutMs
    }

    /** Records the message, then answers with the next scripted response (or throws as scripted). */
    execute(): RESTResponseV2 {
        sent.push({
            constructorArgs: [...this.args],
            endpoint: this.endpoint,
            method: this.method,
            headers: { ...this.headers },
            body: this.body,
            timeoutMs: this.timeoutMs,
        })
        const next = scripted.shift() ?? (responder ? responder(sent[sent.length - 1]) : undefined)
        if (!next) throw new Error(`fake RESTMessageV2: no response scripted for ${this.method} ${this.endpoint}`)
        if (next.throws !== undefined) throw new Error(next.throws)
        return new RESTResponseV2(next)
    }
}

// ---- test helpers

/** Queues responses for the next execute() calls, in order. */
export function scriptRestResponse(...responses: ScriptedRestResponse[]): void {
    scripted.push(...responses)
}

/** Answers every message nothing was scripted for (null: none, execute() throws again). */
export function setRestResponder(answer: ((message: SentRestMessage) => ScriptedRestResponse) | null): void {
    responder = answer
}

/** Messages executed since the last reset, oldest first. */
export function sentRestMessages(): readonly SentRestMessage[] {
    return [...sent]
}

/** Scripted responses not used yet. */
export function pendingRestResponses(): number {
    return scripted.length
}

/** Forgets scripted responses and sent messages (resetGlide() calls this). */
export function resetRestMessages(): void {
    scripted.length = 0
    sent.length = 0
    responder = null
}
