/**
 * Cost of each agent action and Genesys/email event, end to end: the real entry points, platform
 * adapters and Genesys client, with Glide and RESTMessageV2 faked and counting. Prints Genesys HTTP
 * requests (token cached, and cold) and Glide database reads/writes per action; exits non-zero when
 * an action needs more Genesys requests than its physical minimum.
 */
import * as transferAjax from '../../src/server/workspace-ajax'
import { genesysEventsRoute } from '../../src/server/genesys-events-api'
import { customerReplyEmail, newCustomerEmail } from '../../src/server/inbound-email'
import { runOutboxJob } from '../../src/server/outbox-job'
import { createCaseAction } from '../../src/server/ui-actions/create-case-action'
import { resumeAction } from '../../src/server/ui-actions/resume-action'
import { advanceClock, GlideRecord, glideStats, resetGlideStats, seedRecord } from '../../tests/fakes/glide'
import { sentRestMessages } from '../../tests/fakes/glide/sn_ws'
import { restCall } from '../../tests/server/support/rest'
import {
    E2E,
    e2eInstance,
    genesys,
    genesysShows,
    receivedEmail,
    seedRoutedInteraction,
    signIn,
} from '../../tests/support/e2e-instance'

interface Scenario {
    readonly name: string
    /** Physical minimum of Genesys API requests for the action. */
    readonly target: number
    /** Arranges the instance (not counted; Alice is signed in) and returns the action to measure. */
    readonly arrange: (users: { alice: string; bob: string }) => () => void
}

const current = (sysId: string) => ({ getUniqueValue: () => sysId }) as never
/** The inbound actions' `current`: unsaved for a new email, the matched interaction (loaded) for a reply. */
function emailCurrent(sysId?: string): never {
    const record = new GlideRecord('interaction')
    if (sysId) record.get(sysId)
    else record.initialize()
    return record as never
}
type AjaxMethod = 'hold' | 'getTransferOptions' | 'transfer' | 'getWrapupCodes' | 'disconnect'
const ajax = (method: AjaxMethod, params: Record<string, string>) => () =>
    transferAjax[method]({ getParameter: (n: string) => params[n] ?? null })

const SCENARIOS: Scenario[] = [
    {
        name: 'new customer email (route to Genesys)',
        target: 1,
        arrange: () => {
            seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })
            const m = receivedEmail('Invoice 42')
            const unsaved = emailCurrent()
            return () => newCustomerEmail(unsaved, m.event, m.email)
        },
    },
    {
        // An event is a hint: the read of the conversation is the one request it needs.
        name: 'Genesys event user.start (REST, conversation read)',
        target: 1,
        arrange: () => {
            seedRoutedInteraction('queued', null)
            signIn('f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', ['x_gcer.integration'])
            genesysShows(E2E.conversation, [
                { id: 'p-customer', purpose: 'customer', state: 'connected' },
                { id: E2E.participant, purpose: 'agent', state: 'connected', user: { id: E2E.genesysAlice } },
            ])
            const body = {
                topicName: `v2.detail.events.conversation.${E2E.conversation}.user.start`,
                eventTime: Date.UTC(2025, 0, 1),
                conversationId: E2E.conversation,
                participantId: E2E.participant,
                sessionId: E2E.communication,
                userId: E2E.genesysAlice,
                mediaType: 'EMAIL',
            }
            return () => {
                const call = restCall(body)
                genesysEventsRoute(call.request, call.response)
            }
        },
    },
    {
        name: 'Hold',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('connected', alice)
            return ajax('hold', { sysparm_interaction: id })
        },
    },
    {
        name: 'Resume',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('parked', alice)
            return () => resumeAction(current(id))
        },
    },
    {
        name: 'customer reply while parked (un-park)',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('parked', alice)
            const m = receivedEmail('RE: Invoice 42')
            const matched = emailCurrent(id)
            return () => customerReplyEmail(matched, m.event, m.email)
        },
    },
    {
        name: 'Transfer Email: list targets',
        target: 0,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('connected', alice)
            return ajax('getTransferOptions', { sysparm_interaction: id })
        },
    },
    {
        name: 'Transfer Email to a queue',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('connected', alice)
            return ajax('transfer', { sysparm_interaction: id, sysparm_target: `queue:${E2E.otherQueue}` })
        },
    },
    {
        name: 'Transfer Email to an agent',
        target: 1,
        arrange: ({ alice, bob }) => {
            const id = seedRoutedInteraction('connected', alice)
            return ajax('transfer', { sysparm_interaction: id, sysparm_target: `agent:${bob}` })
        },
    },
    {
        name: 'Disconnect: list wrap-up codes',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('connected', alice)
            return ajax('getWrapupCodes', { sysparm_interaction: id })
        },
    },
    {
        name: 'Disconnect with wrap-up',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('connected', alice)
            return ajax('disconnect', { sysparm_interaction: id, sysparm_wrapup: E2E.defaultCode })
        },
    },
    {
        name: 'Create Case (case, link, notify, close)',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('parked', alice)
            return () => createCaseAction(current(id))
        },
    },
    {
        name: 'outbox job: deliver one deferred disconnect',
        target: 1,
        arrange: ({ alice }) => {
            const id = seedRoutedInteraction('connected', alice)
            genesys({ status: 503, retryAfterSeconds: 30 })
            ajax('disconnect', { sysparm_interaction: id, sysparm_wrapup: E2E.defaultCode })()
            genesys('up')
            advanceClock(60_000)
            return () => runOutboxJob()
        },
    },
]

interface Measured {
    api: number
    token: number
    reads: number
    writes: number
}

function measure(scenario: Scenario, tokenCached: boolean): Measured {
    const users = e2eInstance({ tokenCached })
    const action = scenario.arrange(users)
    const before = sentRestMessages().length
    resetGlideStats()
    action()
    const sent = sentRestMessages().slice(before)
    const stats = glideStats()
    const token = sent.filter((m) => m.endpoint.startsWith('https://login.')).length
    return { api: sent.length - token, token, reads: stats.reads, writes: stats.writes }
}

const rows: string[][] = []
let missed = 0
for (const scenario of SCENARIOS) {
    const warm = measure(scenario, true)
    const cold = measure(scenario, false)
    const ok = warm.api <= scenario.target && warm.token === 0 && cold.token <= 1
    if (!ok) missed++
    rows.push([
        scenario.name,
        String(warm.api),
        String(scenario.target),
        `${cold.api}+${cold.token}`,
        String(warm.reads),
        String(warm.writes),
        ok ? 'ok' : 'MISSED',
    ])
}

const header = ['agent action / event', 'Genesys API', 'min', 'cold (API+token)', 'Glide reads', 'Glide writes', '']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ')
console.log('\nPer agent action, end to end (token cached unless "cold")')
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
for (const row of rows) console.log(line(row))
console.log(
    missed
        ? `\n${missed} action(s) above their Genesys request minimum.`
        : '\nEvery action at its Genesys request minimum.'
)
if (missed) process.exitCode = 1
