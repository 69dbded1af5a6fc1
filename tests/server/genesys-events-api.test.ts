import { genesysEventsRoute } from '../../src/server/genesys-events-api'
import { PROPERTY } from '../../src/platform/property-names'
import { allRecords, logLines, readRecord, setCurrentUser, setProperty } from '../fakes/glide'
import { scriptedGenesys, GENESYS_ERRORS, type ScriptedGenesys } from '../app/support/scripted-genesys'
import {
    ALICE_OFFERED,
    ASSIGNED,
    COMMUNICATION,
    CONVERSATION,
    freshInstance,
    measure,
    PARTICIPANT,
    QUEUE,
    seedInteraction,
    UNMAPPED_USER,
} from './support/instance'
import { restCall } from './support/rest'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

function post(body: unknown) {
    const call = restCall(body)
    genesysEventsRoute(call.request, call.response)
    expect(call.sent.contentType).toBe('application/json')
    return call.sent
}

const KEY = `user.start:${CONVERSATION}:${PARTICIPANT}:${COMMUNICATION}:${ASSIGNED.eventTime}`

let alice: string
beforeEach(() => {
    ;({ alice } = freshInstance())
    mockGenesys = scriptedGenesys()
    mockGenesys.setConversation(CONVERSATION, ALICE_OFFERED)
})

describe('POST /api/x_gcer/genesys/events', () => {
    it('200: reads the conversation and assigns the agent Genesys offered it to, keyed by the event', () => {
        const interaction = seedInteraction('queued')
        const sent = post(ASSIGNED)
        expect(sent.status).toBe(200)
        expect(sent.body).toMatchObject({ outcome: 'applied', duplicate: false, interaction: { status: 'connected' } })
        expect(readRecord('interaction', interaction)).toMatchObject({
            x_gcer_routing_status: 'connected',
            state: 'work_in_progress',
            assigned_to: alice,
            x_gcer_participant_id: PARTICIPANT,
            x_gcer_communication_id: COMMUNICATION,
        })
        expect(readRecord('interaction', interaction)?.x_gcer_last_confirmed).toBeTruthy()
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'genesys_observed', outcome: 'applied', external_id: KEY }),
        ])
        expect(mockGenesys.calls.map((c) => c.method)).toEqual(['getEmailConversation'])
    })

    it('500 internal_error, still JSON, when a bug throws: the cause goes to the log, not to Genesys', () => {
        seedInteraction('queued')
        mockGenesys.api.getEmailConversation = () => {
            throw new Error('unexpected null at line 42')
        }
        const sent = post(ASSIGNED)
        expect(sent.status).toBe(500)
        expect(sent.body).toEqual({
            error: {
                code: 'internal_error',
                message: 'The event could not be processed; the cause was logged on the instance.',
            },
        })
        expect(logLines('error').map((l) => l.message)).toEqual([expect.stringContaining('unexpected null at line 42')])
    })

    it('200 duplicate: the same event again reads nothing and writes nothing', () => {
        seedInteraction('queued')
        post(ASSIGNED)
        const again = measure(() => post(ASSIGNED))
        expect(again.result).toMatchObject({ status: 200, body: { outcome: 'unchanged', duplicate: true } })
        expect(again.writes).toBe(0)
        expect(mockGenesys.calls).toHaveLength(1)
    })

    it('200 unchanged: an older event after a newer read changes nothing and reads nothing', () => {
        seedInteraction('queued')
        post({ ...ASSIGNED, eventTime: ASSIGNED.eventTime + 5 * 60_000 })
        const older = measure(() => post(ASSIGNED))
        expect(older.result).toMatchObject({ status: 200, body: { outcome: 'unchanged', duplicate: false } })
        expect(older.writes).toBe(0)
        expect(mockGenesys.calls).toHaveLength(1)
    })

    it('202: the conversation cannot be read now; the interaction waits for the reconciler', () => {
        const interaction = seedInteraction('queued')
        mockGenesys.failNext('getEmailConversation', GENESYS_ERRORS.unavailable())
        const sent = post(ASSIGNED)
        expect(sent).toMatchObject({ status: 202, body: { outcome: 'deferred' } })
        expect(readRecord('interaction', interaction)?.x_gcer_routing_status).toBe('queued')
    })

    it.each([
        [404, GENESYS_ERRORS.notFound(), 'not_found'],
        [503, GENESYS_ERRORS.unavailable(), 'genesys_unavailable'],
    ] as const)(
        '%i: a conversation nobody is linked to that cannot be read is answered with that status; nothing is written',
        (status, failure, code) => {
            mockGenesys.failNext('getEmailConversation', failure)
            const checked = measure(() => post(ASSIGNED))
            expect(checked.result).toMatchObject({ status, body: { error: { code } } })
            expect(checked.writes).toBe(0)
            expect(allRecords('interaction')).toEqual([])
            expect(allRecords('x_gcer_routing_event')).toEqual([])
            expect(mockGenesys.calls.map((c) => c.method)).toEqual(['getEmailConversation'])
        }
    )

    it.each([
        ['404', GENESYS_ERRORS.notFound()],
        ['503', GENESYS_ERRORS.unavailable()],
    ] as const)(
        '202: a linked conversation whose read fails with %s keeps its routing; one deferred row, confirmation cleared',
        (_status, failure) => {
            const interaction = seedInteraction('connected', {
                assigned_to: alice,
                x_gcer_participant_id: PARTICIPANT,
                x_gcer_last_confirmed: '2024-12-31 23:00:00',
            })
            expect(readRecord('interaction', interaction)?.x_gcer_last_confirmed).toBeTruthy()
            mockGenesys.failNext('getEmailConversation', failure)
            const sent = post(ASSIGNED)
            expect(sent).toMatchObject({
                status: 202,
                body: { outcome: 'deferred', duplicate: false, interaction: { status: 'connected' } },
            })
            expect(readRecord('interaction', interaction)).toMatchObject({
                x_gcer_routing_status: 'connected',
                state: 'work_in_progress',
                assigned_to: alice,
                x_gcer_participant_id: PARTICIPANT,
            })
            // Left unconfirmed: the reconciler reads it first, and the same event sent again is not "older".
            expect(readRecord('interaction', interaction)?.x_gcer_last_confirmed).toBeFalsy()
            expect(allRecords('x_gcer_routing_event')).toEqual([
                expect.objectContaining({
                    event: 'genesys_observed',
                    from_status: 'connected',
                    to_status: 'connected',
                    from_owner: alice,
                    to_owner: alice,
                    outcome: 'deferred',
                    correlation_id: failure.correlationId,
                    external_id: null,
                }),
            ])
            expect(mockGenesys.calls.map((c) => c.method)).toEqual(['getEmailConversation'])
        }
    )

    it('400 names the field: no topic, no event time, a bad id, a topic of another conversation', () => {
        seedInteraction('queued')
        expect(post({ ...ASSIGNED, topicName: undefined })).toMatchObject({
            status: 400,
            body: { error: { field: 'topicName' } },
        })
        expect(post({ ...ASSIGNED, eventTime: undefined })).toMatchObject({
            status: 400,
            body: { error: { field: 'eventTime' } },
        })
        expect(post({ ...ASSIGNED, userId: 7 })).toMatchObject({ status: 400, body: { error: { field: 'userId' } } })
        expect(post({ ...ASSIGNED, topicName: `v2.detail.events.conversation.${QUEUE}.user.start` }).status).toBe(400)
        expect(post('{not json')).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } })
        expect(mockGenesys.calls).toEqual([])
    })

    it('403: a caller without x_gcer.integration learns nothing and changes nothing', () => {
        const interaction = seedInteraction('queued')
        setCurrentUser({ sysId: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0', userName: 'ada', roles: ['x_gcer.agent'] })
        const checked = measure(() => post('{not even json'))
        expect(checked.result).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } })
        expect(checked.reads + checked.writes).toBe(0)
        expect(readRecord('interaction', interaction)?.x_gcer_routing_status).toBe('queued')
    })

    it('404: a conversation that names no interaction of ours changes nothing', () => {
        const checked = measure(() => post(ASSIGNED))
        expect(checked.result).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
        expect(checked.writes).toBe(0)
    })

    it('413: a body over x_gcer.api.max_payload_bytes is refused before parsing; a malformed limit keeps the default', () => {
        setProperty(PROPERTY.inboundMaxPayloadBytes, 1024)
        expect(post({ ...ASSIGNED, padding: 'é'.repeat(600) })).toMatchObject({
            status: 413,
            body: { error: { code: 'payload_too_large' } },
        })
        setProperty(PROPERTY.inboundMaxPayloadBytes, 'lots')
        expect(post({ ...ASSIGNED, padding: 'x'.repeat(20000) }).status).toBe(413)
        expect(post({ ...ASSIGNED, padding: 'x'.repeat(15000) }).status).toBe(404)
    })

    it('422: an agent Genesys shows but nobody mapped is named; the same event applies once mapped', () => {
        const interaction = seedInteraction('queued')
        mockGenesys.setConversation(CONVERSATION, [
            { ...ALICE_OFFERED[0] },
            { ...ALICE_OFFERED[1], userId: UNMAPPED_USER },
        ])
        const sent = post({ ...ASSIGNED, userId: UNMAPPED_USER })
        expect(sent.status).toBe(422)
        expect(sent.body).toEqual({
            error: { code: 'unmapped_agent', message: expect.stringContaining(UNMAPPED_USER), field: 'userId' },
        })
        expect(readRecord('interaction', interaction)?.x_gcer_routing_status).toBe('queued')
        mockGenesys.setConversation(CONVERSATION, ALICE_OFFERED)
        expect(post(ASSIGNED)).toMatchObject({ status: 200, body: { outcome: 'applied', duplicate: false } })
    })

    it('200: customer.end closes a held interaction; the owner stays for history and nothing goes back to Genesys', () => {
        const interaction = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        mockGenesys.setConversation(CONVERSATION, [{ id: 'p-customer', purpose: 'customer', state: 'disconnected' }])
        const ended = {
            ...ASSIGNED,
            topicName: `v2.detail.events.conversation.${CONVERSATION}.customer.end`,
            userId: undefined,
        }
        expect(post(ended)).toMatchObject({
            status: 200,
            body: { outcome: 'applied', interaction: { status: 'closed' } },
        })
        expect(readRecord('interaction', interaction)).toMatchObject({ state: 'closed_complete', assigned_to: alice })
        expect(mockGenesys.calls.map((c) => c.method)).toEqual(['getEmailConversation'])
    })
})
