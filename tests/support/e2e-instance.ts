import { inboundEmailEvent } from './inbound-email-event'
import { PROPERTY } from '../../src/platform/property-names'
import { resetGlide, seedRecord, setCurrentUser, setProperty } from '../fakes/glide'
import { seedAliasCredential } from '../fakes/glide/sn_cc'
import { setRestResponder, type ScriptedRestResponse, type SentRestMessage } from '../fakes/glide/sn_ws'

/**
 * A whole instance for end-to-end runs: the app configured as an admin would, entry points wired to
 * the real platform adapters and the real Genesys client, and RESTMessageV2 answered by a tiny
 * Genesys (tokens, conversations, 202 for participant updates) or an outage.
 */
export const E2E = {
    environment: 'mypurecloud.ie',
    alias: '0a1a5000000000000000000000000001',
    queue: '11111111-1111-4111-8111-111111111111',
    otherQueue: '22222222-2222-4222-8222-222222222222',
    conversation: 'c1111111-1111-4111-8111-111111111111',
    participant: 'f1111111-1111-4111-8111-111111111111',
    communication: 'e1111111-1111-4111-8111-111111111111',
    genesysAlice: 'a1111111-1111-4111-8111-111111111111',
    genesysBob: 'b2222222-2222-4222-8222-222222222222',
    caseCreatedCode: '9a999999-9999-4999-8999-999999999999',
    defaultCode: '9b999999-9999-4999-8999-999999999999',
    callbackCode: '9c999999-9999-4999-8999-999999999999',
}

export type GenesysMode = 'up' | { status: number; retryAfterSeconds?: number }

let mode: GenesysMode = 'up'
let created = 0
/** What GET /api/v2/conversations/emails/{id} answers, per conversation (EmailConversation participants). */
const views = new Map<string, unknown[]>()

/** The conversation as a read of Genesys will show it from now on. */
export function genesysShows(conversationId: string, participants: unknown[]): void {
    views.set(conversationId, participants)
}

function answer(message: SentRestMessage): ScriptedRestResponse {
    if (message.endpoint.startsWith('https://login.'))
        return { status: 200, body: JSON.stringify({ access_token: `token-${created}`, expires_in: 86400 }) }
    if (mode !== 'up') {
        const headers: Record<string, string> = { 'ININ-Correlation-ID': 'corr-outage' }
        if (mode.retryAfterSeconds !== undefined) headers['Retry-After'] = String(mode.retryAfterSeconds)
        return {
            status: mode.status,
            body: JSON.stringify({ status: mode.status, code: 'service.unavailable' }),
            headers,
        }
    }
    if (message.method.toLowerCase() === 'get' && /\/participants\/[^/]+\/wrapupcodes(\?|$)/.test(message.endpoint))
        // The participant's codes: Array<WrapupCode> (getConversationsEmailParticipantWrapupcodes), not a listing.
        return {
            status: 200,
            body: JSON.stringify([
                { id: E2E.defaultCode, name: 'Resolved' },
                { id: E2E.callbackCode, name: 'Callback requested' },
            ]),
        }
    if (message.method.toLowerCase() === 'get' && /\/wrapupcodes(\?|$)/.test(message.endpoint)) {
        const entities = [
            { id: E2E.defaultCode, name: 'Resolved' },
            { id: E2E.callbackCode, name: 'Callback requested' },
        ]
        return { status: 200, body: JSON.stringify({ entities, pageNumber: 1, pageCount: 1 }) }
    }
    const read = /\/api\/v2\/conversations\/emails\/([^/?]+)(\?|$)/.exec(message.endpoint)
    if (message.method.toLowerCase() === 'get' && read) {
        const participants = views.get(read[1])
        if (!participants) return { status: 404, body: JSON.stringify({ status: 404, code: 'not.found' }) }
        return { status: 200, body: JSON.stringify({ id: read[1], participants }) }
    }
    // The analytics details query (lookup of an unclear create): every conversation a read would show.
    if (
        message.method.toLowerCase() === 'post' &&
        /\/api\/v2\/analytics\/conversations\/details\/query$/.test(message.endpoint)
    )
        return {
            status: 200,
            body: JSON.stringify({ conversations: [...views.keys()].map((conversationId) => ({ conversationId })) }),
        }
    const chained = /\/api\/v2\/conversations\/emails\/([^/?]+)\/inboundmessages$/.exec(message.endpoint)
    if (message.method.toLowerCase() === 'post' && chained)
        return { status: 200, body: JSON.stringify({ id: chained[1] }) }
    if (message.method.toLowerCase() === 'post' && /\/api\/v2\/conversations\/emails$/.test(message.endpoint)) {
        created++
        return {
            status: 200,
            body: JSON.stringify({ id: `c0000000-0000-4000-8000-${String(created).padStart(12, '0')}` }),
        }
    }
    return { status: 202, body: '' }
}

/** Genesys from now on: up, or answering every API call with this status. */
export function genesys(next: GenesysMode): void {
    mode = next
}

export interface E2EInstance {
    readonly alice: string
    readonly bob: string
}

/** A fresh instance, configured, with Alice and Bob mapped and Alice signed in as an agent. */
export function e2eInstance(options: { tokenCached: boolean } = { tokenCached: true }): E2EInstance {
    resetGlide()
    mode = 'up'
    created = 0
    views.clear()
    setRestResponder(answer)
    setProperty(PROPERTY.environment, E2E.environment)
    setProperty(PROPERTY.credentialAlias, E2E.alias)
    setProperty(PROPERTY.provider, 'ServiceNow')
    setProperty(
        PROPERTY.queueMappings,
        JSON.stringify([
            { queueId: E2E.queue, name: 'Billing', default: true },
            { queueId: E2E.otherQueue, name: 'Returns' },
        ])
    )
    setProperty(PROPERTY.caseCreatedWrapupCode, E2E.caseCreatedCode)
    setProperty(PROPERTY.defaultWrapupCode, E2E.defaultCode)
    seedAliasCredential(E2E.alias, { user_name: 'genesys-client-id', password: 'genesys-client-secret' })
    if (options.tokenCached)
        seedRecord('x_gcer_oauth_token', {
            environment: E2E.environment,
            credential_alias: E2E.alias,
            access_token: 'cached-token',
            expires_at: '2099-01-01 00:00:00',
        })
    const alice = seedRecord('sys_user', {
        name: 'Alice Agent',
        user_name: 'alice',
        x_gcer_genesys_user_id: E2E.genesysAlice,
    })
    const bob = seedRecord('sys_user', { name: 'Bob Agent', user_name: 'bob', x_gcer_genesys_user_id: E2E.genesysBob })
    signIn(alice, ['x_gcer.agent'])
    return { alice, bob }
}

export function signIn(sysId: string, roles: string[]): void {
    setCurrentUser({ sysId, userName: sysId, roles })
}

/** An interaction as Genesys routing left it: linked to the conversation and, when held, to Alice's participant. */
export function seedRoutedInteraction(status: string, owner: string | null): string {
    const state: Record<string, string> = {
        queued: 'new',
        connected: 'work_in_progress',
        parked: 'on_hold',
        closed: 'closed_complete',
        abandoned: 'closed_abandoned',
    }
    const held = status === 'connected' || status === 'parked'
    return seedRecord('interaction', {
        type: 'email',
        short_description: 'Invoice 42 is wrong',
        x_gcer_routing_status: status,
        state: state[status],
        assigned_to: owner ?? '',
        x_gcer_conversation_id: E2E.conversation,
        x_gcer_queue_id: E2E.queue,
        x_gcer_participant_id: held ? E2E.participant : '',
        x_gcer_communication_id: held ? E2E.communication : '',
    })
}

/** The received email and the platform's email.read event, as inbound email actions get them. */
export function receivedEmail(subject: string, from = 'carla@example.com') {
    const emailSysId = seedRecord('sys_email', { type: 'received', subject, body: 'PRIVATE BODY' })
    return {
        emailSysId,
        event: inboundEmailEvent(emailSysId),
        email: {
            subject,
            from,
            origemail: from,
            direct: 'support@acme.com',
            to: 'support@acme.com',
            headers: '',
            body_text: 'PRIVATE BODY',
        },
    }
}
