import type { HttpRequest, TransportOutcome } from '../../src/genesys/http-transport'

/** Main thread -> transport worker. */
export interface SyncHttpJob {
    readonly id: number
    readonly request: HttpRequest
}

/** Transport worker -> main thread, posted before the worker wakes the caller. */
export interface SyncHttpResult {
    readonly id: number
    readonly outcome: TransportOutcome
}

/** Index in the shared Int32Array: the worker bumps it and notifies when a result is posted. */
export const SIGNAL_INDEX = 0
