import type { HttpMethod, HttpResponse } from '../../../src/genesys/http-transport'
import type { RunningStandIn } from './start-stand-in'

/** Raw calls against a running stand-in, for tests of the stand-in itself. Throws on transport failure. */
export function rawCall(
    standIn: RunningStandIn,
    method: HttpMethod,
    path: string,
    options: { headers?: Record<string, string>; body?: unknown; token?: string } = {}
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose JSON for assertions in stand-in tests
): HttpResponse & { json: () => any } {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token !== undefined) headers['Authorization'] = `Bearer ${options.token}`
    let body: string | undefined
    if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
        headers['Content-Type'] ??= 'application/json'
    }
    const outcome = standIn.transport.send({ method, url: standIn.baseUrl + path, headers, body, timeoutMs: 3000 })
    if (!outcome.ok) throw new Error(`${method} ${path}: ${outcome.failure.kind} ${outcome.failure.message}`)
    return { ...outcome.response, json: () => JSON.parse(outcome.response.body) }
}

/** Client-credentials token from the stand-in, with its configured credentials. */
export function fetchToken(standIn: RunningStandIn): string {
    const basic = Buffer.from(`${standIn.options.clientId}:${standIn.options.clientSecret}`).toString('base64')
    const response = rawCall(standIn, 'POST', '/oauth/token', {
        headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
    })
    if (response.status !== 200) throw new Error(`token: HTTP ${response.status} ${response.body}`)
    return response.json().access_token as string
}
