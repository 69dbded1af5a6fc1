import type { ConversationParticipant } from '../../src/genesys/genesys-api'
import { ALICE, BOB, CONVERSATION, INTERACTION, PARTICIPANT, interactionIn } from './support/fixtures'
import { GENESYS_ERRORS } from './support/scripted-genesys'
import { createWorld } from './support/world'

const customer: ConversationParticipant = { id: 'p-customer', purpose: 'customer', state: 'connected' }
const LIMITS = { staleAfterSeconds: 600, maxPerRun: 50 }

/** n interactions, each on its own conversation, all never confirmed. */
function many(n: number, status: 'queued' | 'connected' = 'queued') {
    return Array.from({ length: n }, (_, i) =>
        interactionIn(status, {
            sysId: `int-${i}`,
            number: `IMS${i}`,
            conversationId: `c${String(i).padStart(7, '0')}-1111-4111-8111-111111111111`,
        })
    )
}

describe('reconciler: Genesys is the truth for routing', () => {
    it('repairs a lost assignment in one run: reads the conversation and applies it, one history row', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        world.genesys.setConversation(CONVERSATION, [
            customer,
            { id: 'p-bob', purpose: 'agent', state: 'connected', userId: BOB.genesysUserId },
        ])
        expect(world.reconcile(LIMITS)).toEqual({
            examined: 1,
            corrected: 1,
            confirmed: 0,
            failed: 0,
            requests: 1,
            retryAfterSeconds: null,
        })
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'connected',
            owner: BOB.userSysId,
            confirmedAtMs: world.clock.nowMs(),
        })
        expect(world.events.entries).toEqual([
            expect.objectContaining({ event: 'genesys_observed', outcome: 'applied', actor: null }),
        ])
    })

    it('sees changes made in Genesys itself: a supervisor ended the conversation', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.setConversation(CONVERSATION, [{ ...customer, state: 'disconnected' }])
        world.reconcile(LIMITS)
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'closed', owner: ALICE.userSysId })
    })

    it('leaves alone what was confirmed lately, and confirms (without a history row) what still agrees', () => {
        const world = createWorld({
            interactions: [interactionIn('connected', { confirmedAtMs: Date.UTC(2025, 0, 6, 8, 55) })],
        })
        world.genesys.setConversation(CONVERSATION, [
            customer,
            { id: PARTICIPANT, purpose: 'agent', state: 'connected', userId: ALICE.genesysUserId },
        ])
        expect(world.reconcile(LIMITS).examined).toBe(0)
        world.clock.advanceSeconds(600)
        expect(world.reconcile(LIMITS)).toMatchObject({ examined: 1, confirmed: 1, corrected: 0 })
        expect(world.stored(INTERACTION)?.confirmedAtMs).toBe(world.clock.nowMs())
        expect(world.events.entries).toEqual([])
    })

    it('reads at most max_per_run conversations a run, queued ones first, and never a terminal one', () => {
        const world = createWorld({
            interactions: [
                ...many(3, 'connected'),
                ...many(3).map((r) => ({
                    ...r,
                    sysId: `${r.sysId}q`,
                    conversationId: `q${r.conversationId?.slice(1)}`,
                })),
                interactionIn('closed', { sysId: 'closed-1' }),
            ],
        })
        const report = world.reconcile({ staleAfterSeconds: 600, maxPerRun: 4 })
        expect(report.requests).toBe(4)
        const read = world.genesys.callsOf('getEmailConversation').map((c) => String(c.args[0])[0])
        expect(read).toEqual(['q', 'q', 'q', 'c'])
    })

    it.each([
        ['503', GENESYS_ERRORS.unavailable()],
        ['a timeout', GENESYS_ERRORS.timeout()],
        [
            'a token refused',
            { kind: 'auth' as const, status: 401, message: 'Token request refused', notSent: true as const },
        ],
    ])(
        'stops at %s too: every other read would fail the same way, so no request and no history row for them',
        (_what, error) => {
            const world = createWorld({ interactions: many(5) })
            world.genesys.goDown(error)
            expect(world.reconcile(LIMITS)).toMatchObject({ examined: 1, requests: 1, retryAfterSeconds: 60 })
            expect(world.events.entries).toEqual([])
            expect([...world.interactions.rows.values()].every((r) => r.confirmedAtMs === null)).toBe(true)
        }
    )

    it('records a read that fails for one conversation (404) and goes on with the others', () => {
        const world = createWorld({ interactions: many(3) })
        world.genesys.failNext('getEmailConversation', GENESYS_ERRORS.notFound())
        expect(world.reconcile(LIMITS)).toMatchObject({ examined: 3, requests: 3, failed: 1, retryAfterSeconds: null })
        expect(world.events.entries.filter((e) => e.outcome === 'failed')).toEqual([
            expect.objectContaining({ interaction: 'int-0', correlationId: 'corr-404' }),
        ])
        expect(world.stored('int-0')?.confirmedAtMs).toBe(world.clock.nowMs())
    })

    it('says once, not every stale period, that Genesys has no such conversation', () => {
        const world = createWorld({ interactions: many(1, 'connected') })
        world.genesys.goDown(GENESYS_ERRORS.notFound())
        for (let run = 0; run < 3; run++) {
            expect(world.reconcile(LIMITS)).toMatchObject({ examined: 1, failed: 1 })
            world.clock.advanceSeconds(LIMITS.staleAfterSeconds + 1)
        }
        expect(world.genesys.callsOf('getEmailConversation')).toHaveLength(3)
        expect(world.events.entries.filter((e) => e.outcome === 'failed')).toHaveLength(1)
    })

    it('stops at the first 429 and reports Genesys’s Retry-After; nothing is lost', () => {
        const world = createWorld({ interactions: many(5) })
        world.genesys.failNext('getEmailConversation', GENESYS_ERRORS.rateLimited(90))
        expect(world.reconcile(LIMITS)).toMatchObject({ examined: 1, requests: 1, retryAfterSeconds: 90 })
        expect([...world.interactions.rows.values()].every((r) => r.confirmedAtMs === null)).toBe(true)
    })
})
