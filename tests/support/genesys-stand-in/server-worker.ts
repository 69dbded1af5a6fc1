import { parentPort, workerData } from 'node:worker_threads'
import { createStandInServer } from './stand-in-server'
import type { StandInOptions } from './stand-in-types'

/**
 * Worker entry: the stand-in must serve from another thread than the test, whose thread is blocked
 * in Atomics.wait during every synchronous request. Posts {port}; on 'close' shuts down and posts 'closed'.
 */
const server = createStandInServer((workerData ?? {}) as Partial<StandInOptions>)

server.listen().then(
    (port) => parentPort?.postMessage({ type: 'listening', port }),
    (e: unknown) => parentPort?.postMessage({ type: 'error', message: String(e) })
)

parentPort?.on('message', (message: unknown) => {
    if (message === 'close') {
        server.close().then(() => {
            parentPort?.postMessage({ type: 'closed' })
            parentPort?.close()
        })
    }
})
