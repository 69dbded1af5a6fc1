import type { AppRecord } from '../app-build'

/** A call to a Scripted REST route, as a client sends it. */
export interface RestCall {
    readonly method: string
    /** `/api/x_gcer/...`, query string allowed. */
    readonly path: string
    /** A string is sent as is; anything else as JSON. */
    readonly body?: unknown
    readonly headers?: Readonly<Record<string, string>>
}

/** What the client gets back: status, body (JSON-parsed when it is JSON) and content type. */
export interface RestAnswer {
    readonly status: number
    readonly body: unknown
    readonly contentType: string
}

/** `/api/x/y/{id}` matched against a path: the path parameters, or undefined when it does not match. */
export function matchRoute(template: string, path: string): Record<string, string> | undefined {
    const want = template.split('/')
    const got = path.split('/')
    if (want.length !== got.length) return undefined
    const params: Record<string, string> = {}
    for (let i = 0; i < want.length; i++) {
        const name = /^\{(\w+)\}$/.exec(want[i])
        if (name) params[name[1]] = decodeURIComponent(got[i])
        else if (want[i] !== got[i]) return undefined
    }
    return params
}

export function findOperation(operations: readonly AppRecord[], method: string, path: string) {
    for (const operation of operations) {
        if (operation.fields.http_method.toUpperCase() !== method.toUpperCase()) continue
        const pathParams = matchRoute(operation.fields.operation_uri, path)
        if (pathParams) return { operation, pathParams }
    }
    return undefined
}

/**
 * The scripted REST `request` and `response` objects (RESTAPIRequest / RESTAPIResponse in
 * @servicenow/glide/sn_ws_int): body.dataString as sent, body.data parsed on each read and throwing
 * on malformed JSON as the platform does; setBody(object) answers JSON.
 */
export function restObjects(call: RestCall, pathParams: Record<string, string>) {
    const [pathOnly, query = ''] = call.path.split('?')
    const dataString =
        call.body === undefined ? '' : typeof call.body === 'string' ? call.body : JSON.stringify(call.body)
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(call.headers ?? {})) headers[k.toLowerCase()] = v
    const queryParams: Record<string, string[]> = {}
    for (const [k, v] of new URLSearchParams(query)) (queryParams[k] ??= []).push(v)
    const request = {
        body: {
            dataString,
            get data(): unknown {
                return JSON.parse(dataString)
            },
        },
        pathParams,
        queryParams,
        headers,
        uri: pathOnly,
        url: call.path,
        getHeader: (name: string) => headers[String(name).toLowerCase()] ?? null,
    }
    const answer = { status: 200, body: '' as unknown, contentType: '' }
    const response = {
        setStatus: (status: number) => (answer.status = Number(status)),
        setContentType: (type: string) => (answer.contentType = String(type)),
        setHeader: () => undefined,
        setBody: (body: unknown) => (answer.body = typeof body === 'string' ? body : JSON.stringify(body)),
    }
    const result = (): RestAnswer => {
        let body = answer.body
        if (typeof body === 'string' && /json/.test(answer.contentType || 'application/json')) {
            try {
                body = body === '' ? undefined : JSON.parse(body)
            } catch {
                /* not JSON: the text as sent */
            }
        }
        return { status: answer.status, body, contentType: answer.contentType }
    }
    return { request, response, result }
}
