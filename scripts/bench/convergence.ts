/**
 * Convergence with Genesys, measured on the application core over in-memory ports and a scripted Genesys:
 * Genesys requests per event received, reconciler requests per run and their share of a client-credentials
 * token's 300 requests a minute at 10,000 open interactions, and how long a lost event stays wrong.
 * Exits non-zero when a budget is missed.
 */
import { reconcile, RECONCILE_DEFAULTS, TOKEN_REQUESTS_PER_MINUTE } from '../../src/app/reconcile'
import type { InteractionRecord } from '../../src/app/ports'
import type { RoutingStatus } from '../../src/domain/routing-status'
import { ACTORS, ALICE, BOB, interactionIn } from '../../tests/app/support/fixtures'
import { createWorld } from '../../tests/app/support/world'

const OPEN = 10_000
const MIX: [RoutingStatus, number][] = [
    ['queued', 500],
    ['connected', 7_500],
    ['parked', 2_000],
]
const RUN_EVERY_S = 60
let missed = 0
const row = (...cells: (string | number)[]) => console.log(cells.map(String).join(' | '))

/** 10,000 open interactions, each confirmed at a random moment of the last hour (events keep them fresh). */
function openInteractions(nowMs: number): InteractionRecord[] {
    const rows: InteractionRecord[] = []
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (const [status, count] of MIX)
        for (let i = 0; i < count; i++) {
            const n = rows.length
            rows.push(
                interactionIn(status, {
                    sysId: `int-${n}`,
                    number: `IMS${n}`,
                    conversationId: `c${String(n).padStart(7, '0')}-1111-4111-8111-111111111111`,
                    participantId:
                        status === 'queued' ? null : `p${String(n).padStart(7, '0')}-1111-4111-8111-111111111111`,
                    owner: status === 'queued' ? null : ALICE.userSysId,
                    confirmedAtMs: nowMs - Math.floor(random() * 3_600_000),
                })
            )
        }
    return rows
}

// 1. Requests per event received: the read of the conversation, nothing else.
{
    const world = createWorld({ interactions: [interactionIn('queued')] })
    world.genesys.setConversation('c1111111-1111-4111-8111-111111111111', [
        { id: 'p-customer', purpose: 'customer', state: 'connected' },
        { id: 'p-bob', purpose: 'agent', state: 'connected', userId: BOB.genesysUserId },
    ])
    world.service.genesysEvent(ACTORS.integration, {
        topicName: 'v2.detail.events.conversation.c1111111-1111-4111-8111-111111111111.user.start',
        eventTime: world.clock.nowMs(),
        conversationId: 'c1111111-1111-4111-8111-111111111111',
        participantId: 'f2222222-2222-4222-8222-222222222222',
        userId: BOB.genesysUserId,
        mediaType: 'EMAIL',
    })
    const reads = world.genesys.calls.length
    console.log('\nGenesys requests per event received (token cached)')
    row('event', 'requests', 'target')
    row('user.start, conversation read and applied', reads, 1)
    if (reads > 1) missed++
}

// 2. The reconciler at 10,000 open interactions, and 3. a lost event.
{
    const world = createWorld({ interactions: [] })
    for (const r of openInteractions(world.clock.nowMs())) world.interactions.rows.set(r.sysId, r)
    // A lost event: Genesys offered one queued email to Bob just now; the user.start never arrived.
    const lost = [...world.interactions.rows.values()].find((r) => r.status === 'queued') as InteractionRecord
    world.interactions.rows.set(lost.sysId, { ...lost, confirmedAtMs: world.clock.nowMs() })
    world.genesys.setConversation(lost.conversationId as string, [
        { id: 'p-customer', purpose: 'customer', state: 'connected' },
        { id: 'p-bob', purpose: 'agent', state: 'connected', userId: BOB.genesysUserId },
    ])
    const perRun: number[] = []
    let runsToFix = 0
    for (let run = 1; run <= 60; run++) {
        world.clock.advanceSeconds(RUN_EVERY_S)
        const before = world.genesys.calls.length
        reconcile(world.deps, RECONCILE_DEFAULTS)
        perRun.push(world.genesys.calls.length - before)
        if (!runsToFix && world.stored(lost.sysId)?.owner === BOB.userSysId) runsToFix = run
    }
    const worst = Math.max(...perRun)
    const share = (worst / TOKEN_REQUESTS_PER_MINUTE) * 100
    console.log(
        `\nReconciler at ${OPEN.toLocaleString('en')} open interactions (run every ${RUN_EVERY_S} s, defaults: stale after ${RECONCILE_DEFAULTS.staleAfterSeconds} s, ${RECONCILE_DEFAULTS.maxPerRun} reads a run)`
    )
    row('measure', 'value', 'budget')
    row('Genesys requests per run (worst of 60)', worst, 60)
    row('share of a token’s 300 requests/min', `${share.toFixed(1)}%`, '20%')
    row('runs until a lost user.start is corrected', runsToFix || '> 60', '')
    row(
        'stale periods (600 s) until corrected',
        runsToFix ? ((runsToFix * RUN_EVERY_S) / RECONCILE_DEFAULTS.staleAfterSeconds).toFixed(2) : '> 6',
        2
    )
    if (share > 20 || !runsToFix || (runsToFix * RUN_EVERY_S) / RECONCILE_DEFAULTS.staleAfterSeconds > 2) missed++
}

if (missed) {
    console.log('\nA convergence budget was missed.')
    process.exitCode = 1
} else console.log('\nConvergence within budget.')
