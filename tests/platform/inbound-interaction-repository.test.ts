import { createInboundInteractionRepository } from '../../src/platform/email/inbound-interaction-repository'
import { createInteractionRepository } from '../../src/platform/interaction-repository'
import { expectOk } from '../app/support/expectations'
import { GlideRecord } from '@servicenow/glide'
import {
    allRecords,
    glideStats,
    readRecord,
    refuseInserts,
    resetGlide,
    resetGlideStats,
    seedRecord,
} from '../fakes/glide'

// The inbound email action's `current` (SDK docs/guides/inbound-email-action-guide.md, "Script Context"):
// an unsaved interaction for type new, the matched interaction for type reply.
const QUEUE = '11111111-2222-4333-8444-555555555555'
const NOW = Date.UTC(2025, 0, 1)
const draft = { subject: 'Invoice', contact: null, account: null, parent: null, conversationId: null, queueId: QUEUE }

function inbound(current: GlideRecord) {
    const now = () => NOW
    return createInboundInteractionRepository(current, createInteractionRepository(now), now)
}

beforeEach(() => resetGlide())

describe('interaction repository of an inbound email action', () => {
    it('creates the interaction by filling and inserting the unsaved `current`: one row, and it is `current`', () => {
        const current = new GlideRecord('interaction')
        current.initialize()
        const created = expectOk(inbound(current).create(draft))
        expect(allRecords('interaction')).toHaveLength(1)
        expect(current.getUniqueValue()).toBe(created.sysId)
        expect(readRecord('interaction', created.sysId)).toMatchObject({
            type: 'email',
            state: 'new',
            x_gcer_routing_status: 'queued',
            short_description: 'Invoice',
            x_gcer_queue_id: QUEUE,
        })
    })

    it('fills `current` only once: a second create is a separate record', () => {
        const current = new GlideRecord('interaction')
        current.initialize()
        const repo = inbound(current)
        const first = expectOk(repo.create(draft))
        const second = expectOk(repo.create({ ...draft, subject: 'Other' }))
        expect(second.sysId).not.toBe(first.sysId)
        expect(current.getUniqueValue()).toBe(first.sysId)
        expect(allRecords('interaction')).toHaveLength(2)
    })

    it('reports a refused insert of `current` as insert_failed', () => {
        refuseInserts('interaction')
        const current = new GlideRecord('interaction')
        current.initialize()
        expect(inbound(current).create(draft)).toMatchObject({ ok: false, error: { code: 'insert_failed' } })
        expect(allRecords('interaction')).toEqual([])
    })

    it('reads and updates a matched `current` in place: no second read, one write through current.update()', () => {
        const id = seedRecord('interaction', { type: 'email', x_gcer_routing_status: 'parked', state: 'on_hold' })
        const current = new GlideRecord('interaction')
        current.get(id)
        const repo = inbound(current)
        resetGlideStats()
        expect(repo.get(id)).toMatchObject({ sysId: id, status: 'parked' })
        repo.update(id, { status: 'connected' })
        expect(glideStats()).toMatchObject({ reads: 0, writes: 1 })
        expect(current.getValue('state')).toBe('work_in_progress')
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected' })
    })

    it('leaves other interactions to the plain repository: a follow-up of a matched `current` is a new row', () => {
        const closed = seedRecord('interaction', { type: 'email', x_gcer_routing_status: 'closed' })
        const current = new GlideRecord('interaction')
        current.get(closed)
        const followUp = expectOk(inbound(current).create({ ...draft, parent: closed }))
        expect(followUp.sysId).not.toBe(closed)
        expect(current.getUniqueValue()).toBe(closed)
        expect(readRecord('interaction', followUp.sysId)).toMatchObject({ parent_interaction: closed })
        expect(readRecord('interaction', closed)).toMatchObject({ x_gcer_routing_status: 'closed' })
    })
})
