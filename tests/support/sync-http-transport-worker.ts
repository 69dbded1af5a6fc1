import * as http from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import type { HttpRequest, TransportOutcome } from '../../src/genesys/http-transport'
import { SIGNAL_INDEX } from './sync-http-protocol'
import type { SyncHttpJob, SyncHttpResult } from './sync-http-protocol'

/**
 * Runs in a worker thread: performs one real HTTP exchange per job and wakes the blocked caller.
 * Plain `http` only, and only to loopback: the caller already refused any other host.
 */
const { port, signalBuffer } = workerData as { port: MessagePort; signalBuffer: SharedArrayBuffer }
const signal = new Int32Array(signalBuffer)

function lowerCaseHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined) continue
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
    }
    return out
}

function exchange(request: HttpRequest, done: (outcome: TransportOutcome) => void): void {
    let settled = false
    const finish = (outcome: TransportOutcome): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        done(outcome)
    }
    const url = new URL(request.url)
    const headers: Record<string, string> = { ...request.headers }
    if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body))
    const req = http.request(
        {
            hostname: url.hostname,
            port: url.port,
            path: url.pathname + url.search,
            method: request.method,
            headers,
            agent: false,
        },
        (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () =>
                finish({
                    ok: true,
                    response: {
                        status: res.statusCode ?? 0,
                        headers: lowerCaseHeaders(res.headers),
                        body: Buffer.concat(chunks).toString('utf8'),
                    },
                })
            )
            res.on('error', (e) => finish({ ok: false, failure: { kind: 'network', message: e.message } }))
            res.on('aborted', () => finish({ ok: false, failure: { kind: 'network', message: 'response aborted' } }))
        }
    )
    const timer = setTimeout(() => {
        finish({
            ok: false,
            failure: { kind: 'timeout', message: `no complete response within ${request.timeoutMs} ms` },
        })
        req.destroy()
    }, request.timeoutMs)
    req.on('error', (e: NodeJS.ErrnoException) =>
        finish({ ok: false, failure: { kind: 'network', message: e.code ? `${e.code}: ${e.message}` : e.message } })
    )
    if (request.body !== undefined) req.write(request.body)
    req.end()
}

port.on('message', (job: SyncHttpJob) => {
    exchange(job.request, (outcome) => {
        const result: SyncHttpResult = { id: job.id, outcome }
        port.postMessage(result)
        Atomics.add(signal, SIGNAL_INDEX, 1)
        Atomics.notify(signal, SIGNAL_INDEX)
    })
})

parentPort?.postMessage('ready')
