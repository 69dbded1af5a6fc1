import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'

/** Everything a route needs about one request, read once. */
export interface Incoming {
    readonly method: string
    readonly path: string
    readonly query: Readonly<Record<string, string>>
    readonly headers: Readonly<Record<string, string>>
    readonly body: string
}

export interface Reply {
    readonly status: number
    readonly headers?: Readonly<Record<string, string>>
    /** Sent verbatim when a string, JSON-encoded otherwise; omitted for an empty body. */
    readonly body?: unknown
}

const MAX_BODY_BYTES = 1_000_000

export function readIncoming(req: IncomingMessage): Promise<Incoming> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > MAX_BODY_BYTES) {
                reject(new Error('request body too large'))
                req.destroy()
                return
            }
            chunks.push(chunk)
        })
        req.on('error', reject)
        req.on('end', () => {
            const url = new URL(req.url ?? '/', 'http://127.0.0.1')
            const headers: Record<string, string> = {}
            for (const [name, value] of Object.entries(req.headers)) {
                if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
            }
            resolve({
                method: req.method ?? 'GET',
                path: url.pathname,
                query: Object.fromEntries(url.searchParams.entries()),
                headers,
                body: Buffer.concat(chunks).toString('utf8'),
            })
        })
    })
}

/** Every answer carries an `ININ-Correlation-ID`, like Genesys. */
export function writeReply(res: ServerResponse, reply: Reply): void {
    const body =
        reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    const headers: Record<string, string> = { 'ININ-Correlation-ID': randomUUID(), ...reply.headers }
    if (body !== '' && !hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/json'
    headers['Content-Length'] = String(Buffer.byteLength(body))
    res.writeHead(reply.status, headers)
    res.end(body)
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
    return Object.keys(headers).some((key) => key.toLowerCase() === name)
}

/** Matches `/a/{x}/b` style templates; returns the captured segments or undefined. */
export function matchTemplate(template: string, path: string): Record<string, string> | undefined {
    const want = template.split('/')
    const got = path.split('/')
    if (want.length !== got.length) return undefined
    const params: Record<string, string> = {}
    for (let i = 0; i < want.length; i++) {
        const segment = want[i]
        if (segment.startsWith('{') && segment.endsWith('}')) {
            if (got[i] === '') return undefined
            params[segment.slice(1, -1)] = decodeURIComponent(got[i])
        } else if (segment !== got[i]) {
            return undefined
        }
    }
    return params
}

/** Parses a JSON request body; undefined when it is not a JSON object. */
export function parseJsonObject(body: string): Record<string, unknown> | undefined {
    try {
        const value: unknown = JSON.parse(body)
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? (value as Record<string, unknown>)
            : undefined
    } catch {
        return undefined
    }
}
