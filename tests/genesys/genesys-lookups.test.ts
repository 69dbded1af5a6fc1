import { attributeQuery } from '../../src/genesys/find-by-attribute'
import { createClientHarness, trail } from '../support/genesys-stand-in/client-harness'
import { STAND_IN_EMAIL, STAND_IN_QUEUES } from '../support/genesys-stand-in/fixtures'
import { startStandIn } from '../support/genesys-stand-in/start-stand-in'
import type { RunningStandIn } from '../support/genesys-stand-in/start-stand-in'
import { checkAgainstModel } from '../support/sdk-models'
import { harness, json } from './genesys-test-kit'

/** The reads added for issue 8/10, through the unmodified client against the stand-in over real HTTP. */
let standIn: RunningStandIn

beforeAll(async () => {
    standIn = await startStandIn()
})

afterAll(async () => {
    await standIn.close()
})

beforeEach(() => {
    standIn.admin.reset()
    standIn.admin.seedQueues(STAND_IN_QUEUES)
    standIn.admin.seedUsers([
        { id: 'u-ada', name: 'Ada' },
        { id: 'u-bob', name: 'Bob', state: 'inactive' },
        { id: 'u-gone', name: 'Gone', state: 'deleted' },
    ])
    standIn.admin.seedWrapupCodes('q-support', [
        { id: 'wc-solved', name: 'Solved' },
        { id: 'wc-case', name: 'Case created' },
    ])
    standIn.admin.seedWrapupCodes('q-billing', [{ id: 'wc-refund', name: 'Refund' }])
})

const ATTRIBUTE = 'servicenowInteractionSysId'
const HOUR_AGO = (): string => new Date(Date.now() - 3600000).toISOString()

function createFor(sysId: string): string {
    const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
    const created = client.createEmailConversation({ ...STAND_IN_EMAIL, attributes: { [ATTRIBUTE]: sysId } })
    if (!created.ok) throw new Error(`create failed: ${created.error.message}`)
    return created.value.conversationId
}

describe('listParticipantWrapupCodes: the codes Genesys allows for this participant', () => {
    it("lists the participant's queue codes, and the new queue's codes after a transfer", () => {
        const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
        const cid = createFor('sys-1')
        const ada = standIn.admin.assignAgent(cid, 'u-ada')
        expect(client.listParticipantWrapupCodes(cid, ada.participantId)).toEqual({
            ok: true,
            value: [
                { id: 'wc-solved', name: 'Solved' },
                { id: 'wc-case', name: 'Case created' },
            ],
        })
        expect(client.transferToQueue(cid, ada.participantId, 'q-billing').ok).toBe(true)
        const again = standIn.admin.assignAgent(cid, 'u-ada')
        expect(client.listParticipantWrapupCodes(cid, again.participantId)).toEqual({
            ok: true,
            value: [{ id: 'wc-refund', name: 'Refund' }],
        })
        expect(trail(standIn)).toContain(
            `GET /api/v2/conversations/emails/${cid}/participants/${again.participantId}/wrapupcodes`
        )
    })

    it('answers not_found for an unknown participant and refuses a missing id before sending', () => {
        const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
        const cid = createFor('sys-1')
        expect(client.listParticipantWrapupCodes(cid, 'nobody')).toMatchObject({
            ok: false,
            error: { kind: 'not_found', status: 404, code: 'not.found' },
        })
        expect(client.listParticipantWrapupCodes(cid, '')).toMatchObject({
            ok: false,
            error: { kind: 'bad_request', code: 'invalid.input' },
        })
    })
})

describe('findEmailConversationByAttribute: the lookup before re-creating after an unclear create', () => {
    it('sends a ConversationQuery the SDK model accepts', () => {
        const body = attributeQuery(ATTRIBUTE, 'sys-1', '2026-12-01T00:00:00.000Z', Date.UTC(2026, 11, 2))
        expect(checkAgainstModel(body, 'ConversationQuery')).toEqual([])
        expect(body.interval).toBe('2026-12-01T00:00:00.000Z/2026-12-02T01:00:00.000Z')
    })

    it('finds the conversation a create answered 500 after Genesys made it, confirmed by a read', () => {
        const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
        createFor('sys-other')
        standIn.admin.injectFault({
            method: 'POST',
            path: '/api/v2/conversations/emails',
            fault: { kind: 'status', status: 500, afterProcessing: true },
        })
        const unclear = client.createEmailConversation({ ...STAND_IN_EMAIL, attributes: { [ATTRIBUTE]: 'sys-1' } })
        expect(unclear).toMatchObject({ ok: false, error: { status: 500 } })
        expect(standIn.admin.conversationIds()).toHaveLength(2)

        const found = client.findEmailConversationByAttribute(ATTRIBUTE, 'sys-1', HOUR_AGO())
        expect(found.ok && found.value).toEqual(expect.any(String))
        if (!found.ok || found.value === null) return
        const record = standIn.admin.conversation(found.value) as { attributes: Record<string, string> }
        expect(record.attributes).toEqual({ [ATTRIBUTE]: 'sys-1' })
        expect(trail(standIn).slice(-2)).toEqual([
            'POST /api/v2/analytics/conversations/details/query',
            `GET /api/v2/conversations/emails/${found.value}`,
        ])
    })

    it('returns the newest when several carry the value, null for another value or an interval after them', () => {
        const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
        createFor('sys-1')
        standIn.admin.advanceTime(1000)
        const newer = createFor('sys-1')
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, 'sys-1', HOUR_AGO())).toEqual({
            ok: true,
            value: newer,
        })
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, 'sys-2', HOUR_AGO())).toEqual({
            ok: true,
            value: null,
        })
        const later = new Date(Date.now() + 60000).toISOString()
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, 'sys-1', later)).toEqual({ ok: true, value: null })
        const afterNow = new Date(Date.now() + 2 * 3600000).toISOString()
        const before = trail(standIn).length
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, 'sys-1', afterNow)).toEqual({ ok: true, value: null })
        expect(trail(standIn)).toHaveLength(before)
    })

    it('is safe to retry: a query answered 503 is sent again and changes nothing in Genesys', () => {
        const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
        const cid = createFor('sys-1')
        standIn.admin.injectFault({
            method: 'POST',
            path: '/api/v2/analytics/**',
            fault: { kind: 'status', status: 503 },
        })
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, 'sys-1', HOUR_AGO())).toEqual({
            ok: true,
            value: cid,
        })
        expect(trail(standIn).filter((t) => t.startsWith('POST /api/v2/analytics'))).toEqual([
            'POST /api/v2/analytics/conversations/details/query !status',
            'POST /api/v2/analytics/conversations/details/query',
        ])
        expect(standIn.admin.conversationIds()).toEqual([cid])
    })

    it('answers forbidden (missing.permissions) when the role lacks analytics:conversationDetail:view', () => {
        const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
        standIn.admin.setGrantedPermissions(['routing:queue:view'])
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, 'sys-1', HOUR_AGO())).toMatchObject({
            ok: false,
            error: { kind: 'forbidden', status: 403, code: 'missing.permissions' },
        })
    })

    it('refuses empty input and a since that is not a date before sending anything', () => {
        const { client, sent } = createClientHarness(standIn, { clockStartMs: Date.now() })
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, '', HOUR_AGO())).toMatchObject({
            ok: false,
            error: { code: 'invalid.input' },
        })
        expect(client.findEmailConversationByAttribute(ATTRIBUTE, 'x', 'yesterday')).toMatchObject({
            ok: false,
            error: { code: 'invalid.input' },
        })
        expect(sent).toEqual([])
    })
})

describe('findEmailConversationByAttribute trusts no candidate it has not read', () => {
    it('skips a candidate whose participants lack the value (or that is gone) and keeps looking', () => {
        const h = harness()
        h.transport.apiReplies.push(
            json(200, {
                conversations: [
                    { conversationId: 'c-new', conversationStart: '2024-12-31T12:00:00.000Z' },
                    { conversationId: 'c-gone', conversationStart: '2024-12-31T11:00:00.000Z' },
                    { conversationId: 'c-old', conversationStart: '2024-12-31T10:00:00.000Z' },
                ],
            }),
            json(200, {
                id: 'c-new',
                participants: [{ id: 'p', purpose: 'customer', attributes: { [ATTRIBUTE]: 'x' } }],
            }),
            json(404, { code: 'not.found', message: 'gone' }),
            json(200, {
                id: 'c-old',
                participants: [{ id: 'p', purpose: 'customer', attributes: { [ATTRIBUTE]: 's' } }],
            })
        )
        expect(h.client.findEmailConversationByAttribute(ATTRIBUTE, 's', '2024-12-31T00:00:00.000Z')).toEqual({
            ok: true,
            value: 'c-old',
        })
        expect(h.transport.apiRequests.map((r) => `${r.method} ${r.url.replace(/^https:\/\/[^/]+/, '')}`)).toEqual([
            'POST /api/v2/analytics/conversations/details/query',
            'GET /api/v2/conversations/emails/c-new',
            'GET /api/v2/conversations/emails/c-gone',
            'GET /api/v2/conversations/emails/c-old',
        ])
    })

    it('a broken query answer is invalid_response, not "nothing found"', () => {
        const h = harness()
        h.transport.apiReplies.push(json(200, { conversations: 'nope' }))
        expect(h.client.findEmailConversationByAttribute(ATTRIBUTE, 's', '2024-12-31T00:00:00.000Z')).toMatchObject({
            ok: false,
            error: { kind: 'invalid_response' },
        })
    })
})

describe('getUser', () => {
    it('reads an active and an inactive user; a deleted or unknown one is not_found', () => {
        const { client } = createClientHarness(standIn, { clockStartMs: Date.now() })
        expect(client.getUser('u-ada')).toEqual({ ok: true, value: { id: 'u-ada', name: 'Ada', state: 'active' } })
        expect(client.getUser('u-bob')).toEqual({ ok: true, value: { id: 'u-bob', name: 'Bob', state: 'inactive' } })
        expect(client.getUser('u-gone')).toMatchObject({ ok: false, error: { kind: 'not_found' } })
        expect(client.getUser('u-none')).toMatchObject({ ok: false, error: { kind: 'not_found' } })
    })
})
