import { createInteractionRepository } from '../../src/platform/interaction-repository'
import { expectOk } from '../app/support/expectations'
import {
    advanceClock,
    allRecords,
    glideStats,
    readRecord,
    refuseInserts,
    resetGlide,
    resetGlideStats,
    seedRecord,
} from '../fakes/glide'

const QUEUE = '11111111-2222-4333-8444-555555555555'
const NOW = Date.UTC(2025, 0, 1)
const repo = () => createInteractionRepository(() => NOW)

beforeEach(() => {
    resetGlide()
})

describe('interaction repository', () => {
    it('creates a queued email interaction with state new, opened now', () => {
        const contact = seedRecord('customer_contact', { name: 'Carla' })
        const created = expectOk(
            repo().create({
                subject: 'Invoice',
                contact,
                account: null,
                parent: null,
                conversationId: null,
                queueId: QUEUE,
            })
        )
        expect(created).toMatchObject({ status: 'queued', owner: null, subject: 'Invoice', contact, queueId: QUEUE })
        expect(created.number).toMatch(/^IMS\d{7}$/)
        const row = readRecord('interaction', created.sysId)
        expect(row).toMatchObject({
            type: 'email',
            state: 'new',
            x_gcer_routing_status: 'queued',
            opened_at: '2025-01-01 00:00:00',
        })
        expect(row?.closed_at ?? null).toBeNull()
        expect(glideStats()).toMatchObject({ reads: 0, writes: 1 })
    })

    it('links a follow-up to the earlier interaction through parent_interaction (Interaction.d.ts)', () => {
        const closed = seedRecord('interaction', { type: 'email', x_gcer_routing_status: 'closed' })
        const r = repo()
        const created = expectOk(
            r.create({
                subject: 'RE: S',
                contact: null,
                account: null,
                parent: closed,
                conversationId: null,
                queueId: QUEUE,
            })
        )
        expect(readRecord('interaction', created.sysId)).toMatchObject({ parent_interaction: closed })
        expect(created.parent).toBe(closed)
        expect(r.get(created.sysId)?.parent).toBe(closed)
    })

    it.each([null, ''] as const)(
        'returns insert_failed, not an empty sys_id, when the platform refuses the insert (insert() gives %j)',
        (returns) => {
            refuseInserts('interaction', returns)
            const created = repo().create({
                subject: 'S',
                contact: null,
                account: null,
                parent: null,
                conversationId: null,
                queueId: QUEUE,
            })
            expect(created).toEqual({
                ok: false,
                error: {
                    code: 'insert_failed',
                    table: 'interaction',
                    message: 'the interaction record was not inserted (a business rule or data policy refused it)',
                },
            })
            expect(allRecords('interaction')).toEqual([])
        }
    )

    it('round-trips every routing field through get and findByConversationId', () => {
        const r = repo()
        const created = expectOk(
            r.create({ subject: 'S', contact: null, account: null, parent: null, conversationId: null, queueId: QUEUE })
        )
        const agent = seedRecord('sys_user', { name: 'Ada' })
        r.update(created.sysId, {
            status: 'connected',
            owner: agent,
            conversationId: 'c-1',
            participantId: 'p-1',
            communicationId: 'm-1',
            pendingTarget: 'queue:x',
        })
        const loaded = r.get(created.sysId)
        expect(loaded).toEqual({
            ...created,
            status: 'connected',
            owner: agent,
            conversationId: 'c-1',
            participantId: 'p-1',
            communicationId: 'm-1',
            pendingTarget: 'queue:x',
        })
        expect(r.findByConversationId('c-1')).toEqual(loaded)
        expect(readRecord('interaction', created.sysId)?.state).toBe('work_in_progress')
    })

    it('derives state from every routing status and stamps closed_at once on close', () => {
        const r = createInteractionRepository(() => NOW + 60_000)
        const created = expectOk(
            r.create({ subject: 'S', contact: null, account: null, parent: null, conversationId: null, queueId: QUEUE })
        )
        const expected = { connected: 'work_in_progress', parked: 'on_hold', queued: 'new' } as const
        for (const [status, state] of Object.entries(expected)) {
            r.update(created.sysId, { status: status as keyof typeof expected })
            expect(readRecord('interaction', created.sysId)?.state).toBe(state)
        }
        r.update(created.sysId, { status: 'closed' })
        expect(readRecord('interaction', created.sysId)).toMatchObject({
            state: 'closed_complete',
            closed_at: '2025-01-01 00:01:00',
        })
        advanceClock(3_600_000)
        r.update(created.sysId, { status: 'abandoned' })
        expect(readRecord('interaction', created.sysId)).toMatchObject({
            state: 'closed_abandoned',
            closed_at: '2025-01-01 00:01:00',
        })
    })

    it('clears a field given null and leaves unmentioned fields alone', () => {
        const r = repo()
        const created = expectOk(
            r.create({ subject: 'S', contact: null, account: null, parent: null, conversationId: null, queueId: QUEUE })
        )
        r.update(created.sysId, { pendingTarget: 'agent:a', conversationId: 'c-9' })
        r.update(created.sysId, { pendingTarget: null })
        expect(r.get(created.sysId)).toMatchObject({ pendingTarget: null, conversationId: 'c-9', status: 'queued' })
    })

    it('costs one read per lookup and one read + one write per update', () => {
        const r = repo()
        const created = expectOk(
            r.create({ subject: 'S', contact: null, account: null, parent: null, conversationId: null, queueId: QUEUE })
        )
        resetGlideStats()
        r.get(created.sysId)
        r.findByConversationId('none')
        r.update(created.sysId, { status: 'connected' })
        expect(glideStats()).toMatchObject({ reads: 3, writes: 1 })
    })

    it('answers null for unknown ids, empty ids and interactions the app does not route', () => {
        const foreign = seedRecord('interaction', { type: 'chat', short_description: 'chat' })
        resetGlideStats()
        const r = repo()
        expect(r.get('0123456789abcdef0123456789abcdef')).toBeNull()
        expect(r.get('')).toBeNull()
        expect(r.findByConversationId('')).toBeNull()
        expect(r.get(foreign)).toBeNull()
        r.update('0123456789abcdef0123456789abcdef', { status: 'closed' })
        expect(glideStats().writes).toBe(0)
    })

    it('treats a query-like id as a plain value (no encoded query is built from input)', () => {
        const r = repo()
        expectOk(
            r.create({ subject: 'S', contact: null, account: null, parent: null, conversationId: null, queueId: QUEUE })
        )
        expect(r.findByConversationId('x_gcer_conversation_idISNOTEMPTY^ORsys_id!=x')).toBeNull()
        expect(r.get('sys_idISNOTEMPTY')).toBeNull()
    })
})
