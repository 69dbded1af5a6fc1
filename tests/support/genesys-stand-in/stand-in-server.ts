import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { routeAdmin } from './admin-routes'
import { faultAction } from './apply-fault'
import { FaultQueue } from './fault-queue'
import { readIncoming, writeReply } from './http-kit'
import type { Incoming, Reply } from './http-kit'
import { issueToken } from './oauth-route'
import { routePlatform } from './platform-router'
import { StandInState } from './stand-in-state'
import { EventPipeline } from './event-chaos'
import { autoResumeDue } from './routing-sim'
import { DEFAULT_OPTIONS } from './stand-in-types'
import type { RecordedRequest, StandInOptions } from './stand-in-types'
import { errorReply, notFound } from './error-body'

/** Loopback only, always. */
const HOST = '127.0.0.1'
const MAX_RECORDED = 10_000

export interface StandInServer {
    /** Listens on 127.0.0.1, random port; resolves with the port. */
    listen(): Promise<number>
    close(): Promise<void>
}

/** A local Genesys Cloud stand-in: /oauth/token, the Platform API operations the app uses, /__admin. */
export function createStandInServer(partial: Partial<StandInOptions> = {}): StandInServer {
    const options = { ...DEFAULT_OPTIONS, ...partial }
    const state = new StandInState()
    const faults = new FaultQueue()
    const recorded: RecordedRequest[] = []
    const events = new EventPipeline()
    const timers = new Set<NodeJS.Timeout>()

    const answer = (incoming: Incoming): Reply => {
        if (incoming.path === '/oauth/token') return issueToken(incoming, state, options)
        if (incoming.path.startsWith('/api/v2/')) return routePlatform(incoming, state)
        return notFound('resource')
    }

    const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
        const incoming = await readIncoming(req)
        // Genesys resumes parked emails on its own clock, whoever looks next sees it done.
        autoResumeDue(state)
        if (incoming.path.startsWith('/__admin/')) {
            writeReply(res, routeAdmin(incoming, { state, faults, recorded, events }))
            return
        }
        const fault = faults.take(incoming.method, incoming.path)
        if (recorded.length < MAX_RECORDED) {
            recorded.push({ seq: recorded.length + 1, ...incoming, ...(fault ? { fault: fault.kind } : {}) })
        }
        const action = fault === undefined ? undefined : faultAction(fault, incoming, state)
        if (action?.type === 'reset') {
            req.socket.destroy()
            return
        }
        if (action?.type === 'reply') {
            writeReply(res, action.reply)
            return
        }
        if (action?.type === 'delay') {
            await new Promise<void>((resolve) => {
                const timer = setTimeout(() => {
                    timers.delete(timer)
                    resolve()
                }, action.delayMs)
                timers.add(timer)
            })
            // The client may have given up; Genesys would still have done the work, so we do too.
        }
        const real = answer(incoming)
        if (action?.type === 'replace-reset') {
            // The work is done; the answer never arrives.
            req.socket.destroy()
            return
        }
        const reply = action?.type === 'replace' ? action.reply : real
        if (!res.destroyed && !res.writableEnded) writeReply(res, reply)
    }

    const server = http.createServer((req, res) => {
        handle(req, res).catch((e: unknown) => {
            if (!res.headersSent && !res.destroyed) {
                writeReply(res, errorReply(500, 'internal.server.error', `stand-in failure: ${String(e)}`))
            }
        })
    })

    return {
        listen: () =>
            new Promise((resolve, reject) => {
                server.once('error', reject)
                server.listen(0, HOST, () => resolve((server.address() as AddressInfo).port))
            }),
        close: () =>
            new Promise((resolve) => {
                for (const timer of timers) clearTimeout(timer)
                timers.clear()
                server.closeAllConnections()
                server.close(() => resolve())
            }),
    }
}
