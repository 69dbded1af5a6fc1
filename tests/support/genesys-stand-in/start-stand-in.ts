import * as path from 'node:path'
import { Worker } from 'node:worker_threads'
import { compileWorker } from '../compile-worker'
import { SyncHttpTransport } from '../sync-http-transport'
import { StandInAdmin } from './stand-in-admin'
import { DEFAULT_OPTIONS } from './stand-in-types'
import type { StandInOptions } from './stand-in-types'

const START_TIMEOUT_MS = 10_000

export interface RunningStandIn {
    /** `http://127.0.0.1:<port>` */
    readonly baseUrl: string
    readonly port: number
    readonly options: Required<StandInOptions>
    /** The synchronous real-HTTP transport the admin uses; tests may share it with the client. */
    readonly transport: SyncHttpTransport
    readonly admin: StandInAdmin
    /** Stops the server worker and the transport worker. */
    close(): Promise<void>
}

/** Starts the stand-in in its own worker thread and a sync transport to reach it. Use in beforeAll. */
export async function startStandIn(partial: Partial<StandInOptions> = {}): Promise<RunningStandIn> {
    const options = { ...DEFAULT_OPTIONS, ...partial }
    const worker = new Worker(compileWorker(path.join(__dirname, 'server-worker.ts')), {
        eval: true,
        workerData: options,
    })
    const port = await waitFor<number>(worker, 'listening', (m) => m.port as number)
    const transport = new SyncHttpTransport()
    const baseUrl = `http://127.0.0.1:${port}`
    return {
        baseUrl,
        port,
        options,
        transport,
        admin: new StandInAdmin(transport, baseUrl),
        close: async () => {
            await transport.close()
            const closed = waitFor(worker, 'closed', () => undefined).catch(() => undefined)
            worker.postMessage('close')
            await closed
            await worker.terminate()
        },
    }
}

function waitFor<T>(worker: Worker, type: string, pick: (m: Record<string, unknown>) => T): Promise<T> {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            cleanup()
            reject(new Error(`stand-in worker: no '${type}' within ${START_TIMEOUT_MS} ms`))
        }, START_TIMEOUT_MS)
        const onMessage = (m: Record<string, unknown>): void => {
            if (m?.type === type) {
                cleanup()
                resolve(pick(m))
            } else if (m?.type === 'error') {
                cleanup()
                reject(new Error(`stand-in worker: ${String(m.message)}`))
            }
        }
        const onError = (e: Error): void => {
            cleanup()
            reject(e)
        }
        const cleanup = (): void => {
            clearTimeout(timer)
            worker.off('message', onMessage)
            worker.off('error', onError)
        }
        worker.on('message', onMessage)
        worker.on('error', onError)
    })
}
