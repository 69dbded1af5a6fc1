import { encodePayload } from '../../src/app/outbox-payload'
import { createOutboxStore } from '../../src/platform/outbox-store'
import { runOutbox } from '../../src/app/outbox'
import { platformDeps } from '../../src/server/composition-root'
import { runOutboxJob } from '../../src/server/outbox-job'
import { advanceClock, allRecords, getNow, logLines } from '../fakes/glide'
import { GENESYS_ERRORS, scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'
import { CONVERSATION, freshInstance, measure, PARTICIPANT, seedInteraction } from './support/instance'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

function enqueuePark(interaction: string, key: string, dueInMs = 0): void {
    createOutboxStore().add(
        {
            interaction,
            operation: 'park',
            payload: encodePayload('hold', {
                kind: 'park',
                conversationId: CONVERSATION,
                participantId: PARTICIPANT,
                resumeTime: null,
            }),
            idempotencyKey: key,
        },
        'pending',
        getNow() + dueInMs,
        null
    )
}

beforeEach(() => {
    freshInstance()
    mockGenesys = scriptedGenesys()
})

describe('outbox job', () => {
    it('sends each due row once, marks it done and logs the tally', () => {
        const id = seedInteraction('parked', { x_gcer_participant_id: PARTICIPANT })
        enqueuePark(id, 'k1')
        enqueuePark(id, 'later', 60_000)
        runOutboxJob()
        expect(mockGenesys.callsOf('park')).toEqual([{ method: 'park', args: [CONVERSATION, PARTICIPANT] }])
        expect(allRecords('x_gcer_outbox').map((r) => r.state)).toEqual(['done', 'pending'])
        expect(logLines('info').map((l) => l.message)).toContain(
            '[x_gcer] outbox: 1 due, 1 delivered, 0 retried, 0 dead'
        )
        runOutboxJob()
        expect(mockGenesys.callsOf('park')).toHaveLength(1)
    })

    it('reschedules a row while Genesys is unavailable and delivers it once it is back', () => {
        const id = seedInteraction('parked', { x_gcer_participant_id: PARTICIPANT })
        enqueuePark(id, 'k1')
        mockGenesys.goDown(GENESYS_ERRORS.unavailable())
        runOutboxJob()
        expect(allRecords('x_gcer_outbox')[0]).toMatchObject({ state: 'pending', attempts: '1' })
        mockGenesys.recover()
        runOutboxJob()
        expect(allRecords('x_gcer_outbox')[0].state).toBe('pending')
        advanceClock(10 * 60_000)
        runOutboxJob()
        expect(allRecords('x_gcer_outbox')[0].state).toBe('done')
    })

    it('does nothing (and logs nothing) when no row is due', () => {
        const run = measure(() => runOutboxJob())
        expect(run.reads).toBe(1)
        expect(run.writes).toBe(0)
        expect(logLines()).toEqual([])
    })

    it('stops taking rows at the row cap or the time budget', () => {
        const ids = [1, 2, 3, 4, 5].map(() => seedInteraction('parked', { x_gcer_participant_id: PARTICIPANT }))
        ids.forEach((id, i) => enqueuePark(id, `k${i}`))
        expect(runOutbox(platformDeps('background'), { maxRows: 3, maxMs: 999_999 }).examined).toBe(3)
        // Each send now takes 10 s: a 25 s budget takes no new row after the third.
        const park = mockGenesys.api.park
        mockGenesys.api.park = (...args) => {
            advanceClock(10_000)
            return park(...args)
        }
        ids.forEach((id, i) => enqueuePark(id, `later${i}`))
        expect(runOutbox(platformDeps('background'), { maxRows: 100, maxMs: 25_000 }).examined).toBe(3)
    })
})
