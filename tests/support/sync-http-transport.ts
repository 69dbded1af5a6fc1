import * as path from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import type { HttpRequest, HttpTransport, TransportOutcome } from '../../src/genesys/http-transport'
import { compileWorker } from './compile-worker'
import { SIGNAL_INDEX } from './sync-http-protocol'
import type { SyncHttpResult } from './sync-http-protocol'

/** Extra time the caller waits for the worker beyond the request's own timeout before giving up. */
const WORKER_GRACE_MS = 2000
const LOOPBACK_HOST = '127.0.0.1'

/**
 * A synchronous HttpTransport doing real HTTP over loopback, like RESTMessageV2 blocks on the
 * instance. One long-lived worker thread performs the exchanges; the caller blocks on
 * Atomics.wait until the worker posts the outcome, then takes it with receiveMessageOnPort.
 * Refuses every host but 127.0.0.1. Call close() when done.
 */
export class SyncHttpTransport implements HttpTransport {
    private readonly worker: Worker
    private readonly port: MessagePort
    private readonly signal: Int32Array
    private nextId = 1
    private closed = false

    constructor() {
        const signalBuffer = new SharedArrayBuffer(4)
        this.signal = new Int32Array(signalBuffer)
        const channel = new MessageChannel()
        this.port = channel.port1
        const code = compileWorker(path.join(__dirname, 'sync-http-transport-worker.ts'))
        this.worker = new Worker(code, {
            eval: true,
            workerData: { port: channel.port2, signalBuffer },
            transferList: [channel.port2],
        })
        this.worker.unref()
        this.port.unref()
    }

    send(request: HttpRequest): TransportOutcome {
        if (this.closed) return failure('network', 'transport closed')
        const refusal = refuseNonLoopback(request.url)
        if (refusal !== undefined) return failure('network', refusal)
        const id = this.nextId++
        const seen = Atomics.load(this.signal, SIGNAL_INDEX)
        this.port.postMessage({ id, request })
        return this.await(id, seen, Date.now() + request.timeoutMs + WORKER_GRACE_MS)
    }

    async close(): Promise<void> {
        if (this.closed) return
        this.closed = true
        this.port.close()
        await this.worker.terminate()
    }

    private await(id: number, seen: number, deadline: number): TransportOutcome {
        let observed = seen
        // Bounded: every pass either returns or waits on a fresh signal value until the deadline.
        for (let pass = 0; pass < 10_000; pass++) {
            const found = this.drain(id)
            if (found !== undefined) return found
            const remaining = deadline - Date.now()
            if (remaining <= 0) break
            Atomics.wait(this.signal, SIGNAL_INDEX, observed, remaining)
            observed = Atomics.load(this.signal, SIGNAL_INDEX)
        }
        return failure('timeout', 'transport worker did not answer in time')
    }

    /** Takes queued results off the port; results for earlier, abandoned ids are dropped. */
    private drain(id: number): TransportOutcome | undefined {
        for (let i = 0; i < 1000; i++) {
            const message = receiveMessageOnPort(this.port)
            if (message === undefined) return undefined
            const result = message.message as SyncHttpResult
            if (result.id === id) return result.outcome
        }
        return undefined
    }
}

function refuseNonLoopback(url: string): string | undefined {
    let parsed: URL
    try {
        parsed = new URL(url)
    } catch {
        return `invalid URL: ${url}`
    }
    if (parsed.protocol !== 'http:' || parsed.hostname !== LOOPBACK_HOST) {
        return `refused: this test transport only talks plain http to ${LOOPBACK_HOST}, not ${parsed.protocol}//${parsed.host}`
    }
    return undefined
}

function failure(kind: 'timeout' | 'network', message: string): TransportOutcome {
    return { ok: false, failure: { kind, message } }
}
