import { PROPERTY } from '../../src/platform/property-names'
import { setProperty } from '../fakes/glide'
import { startStandIn, type RunningStandIn } from '../support/genesys-stand-in/start-stand-in'
import { E2E, e2eInstance } from '../support/e2e-instance'
import { sendRestMessagesOverHttp } from '../support/shipped-runner/genesys-over-http'
import { sharedAppBuild } from '../support/shipped-runner/shared-build'
import { ShippedRunner } from '../support/shipped-runner/shipped-runner'
import { sentRestMessages } from '../fakes/glide/sn_ws'

/** Build (once per source state) plus the Genesys stand-in: call from beforeAll, close in afterAll. */
export const BUILD_TIMEOUT_MS = 15 * 60_000

export const GENESYS_CREDENTIALS = { clientId: 'genesys-client-id', clientSecret: 'genesys-client-secret' }
export const INTEGRATION = { sysId: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', roles: ['x_gcer.integration'] }
export const ADMIN = { sysId: '0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', roles: ['x_gcer.admin'] }
export const AJAX = 'x_gcer.GenesysEmailRoutingAjax'

export interface ShippedWorld {
    readonly runner: ShippedRunner
    readonly standIn: RunningStandIn
}

export async function startShippedWorld(): Promise<ShippedWorld> {
    const runner = ShippedRunner.fromProject(sharedAppBuild())
    const standIn = await startStandIn(GENESYS_CREDENTIALS)
    return { runner, standIn }
}

/**
 * A fresh instance (e2eInstance: configured as an admin would, Alice and Bob mapped, no cached token)
 * whose RESTMessageV2 talks HTTP to a fresh stand-in holding the mapped queues, both agents and the wrap-up codes.
 */
export function freshShippedInstance(world: ShippedWorld) {
    const users = e2eInstance({ tokenCached: false })
    // The new-email action's condition takes only mail sent to a configured mailbox (the sources' journey calls the action directly).
    setProperty(PROPERTY.inboundMailboxes, 'support@acme.com')
    const { admin, transport, baseUrl } = world.standIn
    admin.reset()
    admin.seedQueues([
        { id: E2E.queue, name: 'Billing' },
        { id: E2E.otherQueue, name: 'Returns' },
    ])
    admin.seedUsers([
        { id: E2E.genesysAlice, name: 'Alice Agent' },
        { id: E2E.genesysBob, name: 'Bob Agent' },
    ])
    const codes = [
        { id: E2E.defaultCode, name: 'Resolved' },
        { id: E2E.callbackCode, name: 'Callback requested' },
        { id: E2E.caseCreatedCode, name: 'Case created' },
    ]
    admin.seedWrapupCodes(E2E.queue, codes)
    admin.seedWrapupCodes(E2E.otherQueue, codes)
    sendRestMessagesOverHttp(transport, baseUrl)
    return users
}

/** The Genesys API requests the app sent since `from`, as `METHOD path` (host, query and token requests dropped). */
export function genesysCalls(from: number): string[] {
    return sentRestMessages()
        .slice(from)
        .filter((m) => !m.endpoint.startsWith('https://login.'))
        .map((m) => `${m.method.toUpperCase()} ${m.endpoint.replace(/^https:\/\/[^/]+/, '').replace(/\?.*$/, '')}`)
}

/** Genesys's own view of a participant: its state and wrap-up, read from the stand-in. */
export function genesysParticipant(world: ShippedWorld, conversationId: string, participantId: string) {
    const conversation = world.standIn.admin.conversation(conversationId) as {
        participants: { id: string; state: string; wrapup?: { code: string } }[]
    }
    return conversation.participants.find((p) => p.id === participantId)
}

/** Genesys answers every API call with this status from now on (the admin API stays up). */
export function genesysDown(world: ShippedWorld, status: number, retryAfterSeconds?: number): void {
    world.standIn.admin.injectFault({
        path: '/api/v2/**',
        times: 10_000,
        fault: { kind: 'status', status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
    })
}

export function genesysUp(world: ShippedWorld): void {
    world.standIn.admin.clearFaults()
}
