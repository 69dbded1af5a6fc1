import { agentAssignedRoute, conversationEndedRoute } from '../../src/server/genesys-events-api'
import { PROPERTY } from '../../src/platform/property-names'
import { allRecords, readRecord, setCurrentUser, setProperty } from '../fakes/glide'
import { scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'
import {
    ASSIGNED,
    COMMUNICATION,
    CONVERSATION,
    EVENT_1,
    EVENT_2,
    freshInstance,
    measure,
    PARTICIPANT,
    seedInteraction,
    UNMAPPED_USER,
} from './support/instance'
import { restCall } from './support/rest'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

function post(route: typeof agentAssignedRoute, body: unknown) {
    const call = restCall(body)
    route(call.request, call.response)
    expect(call.sent.contentType).toBe('application/json')
    return call.sent
}

let alice: string
beforeEach(() => {
    ;({ alice } = freshInstance())
    mockGenesys = scriptedGenesys()
})

describe('POST /agent-assigned', () => {
    it('200: connects the queued interaction to the mapped agent and records the event', () => {
        const interaction = seedInteraction('queued')
        const sent = post(agentAssignedRoute, ASSIGNED)
        expect(sent.status).toBe(200)
        expect(sent.body).toMatchObject({
            outcome: 'applied',
            duplicate: false,
            interaction: { status: 'connected' },
        })
        expect(readRecord('interaction', interaction)).toMatchObject({
            x_gcer_routing_status: 'connected',
            state: 'work_in_progress',
            assigned_to: alice,
            x_gcer_participant_id: PARTICIPANT,
            x_gcer_communication_id: COMMUNICATION,
        })
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'agent_assigned', outcome: 'applied', external_id: EVENT_1 }),
        ])
        expect(mockGenesys.calls).toEqual([])
    })

    it('200 duplicate: the same eventId again changes nothing and writes nothing', () => {
        seedInteraction('queued')
        post(agentAssignedRoute, ASSIGNED)
        const again = measure(() => post(agentAssignedRoute, ASSIGNED))
        expect(again.result.status).toBe(200)
        expect(again.result.body).toMatchObject({ outcome: 'unchanged', duplicate: true })
        expect(again.writes).toBe(0)
        expect(allRecords('x_gcer_routing_event')).toHaveLength(1)
    })

    it('200 not duplicate: a new event repeating the same assignment is acknowledged as unchanged', () => {
        seedInteraction('queued')
        post(agentAssignedRoute, ASSIGNED)
        const sent = post(agentAssignedRoute, { ...ASSIGNED, eventId: EVENT_2 })
        expect(sent).toMatchObject({ status: 200, body: { outcome: 'unchanged', duplicate: false } })
    })

    it('200 applied: Genesys re-offering it to the same agent stores the new participant, owner and status stay', () => {
        seedInteraction('queued')
        post(agentAssignedRoute, ASSIGNED)
        const participant = 'f2222222-2222-4222-8222-222222222222'
        const sent = post(agentAssignedRoute, {
            ...ASSIGNED,
            eventId: EVENT_2,
            participantId: participant,
            communicationId: undefined,
        })
        expect(sent).toMatchObject({
            status: 200,
            body: { outcome: 'applied', duplicate: false, interaction: { status: 'connected' } },
        })
        const [interaction] = allRecords('interaction')
        expect(interaction).toMatchObject({
            x_gcer_routing_status: 'connected',
            assigned_to: alice,
            x_gcer_participant_id: participant,
            x_gcer_communication_id: null,
        })
    })

    it.each(['eventId', 'conversationId', 'participantId', 'userId'])('400: missing %s is named', (field) => {
        seedInteraction('queued')
        const body: Record<string, unknown> = { ...ASSIGNED }
        delete body[field]
        const sent = post(agentAssignedRoute, body)
        expect(sent).toEqual({
            status: 400,
            contentType: 'application/json',
            body: { error: { code: 'missing_field', message: `${field} is required`, field } },
        })
        expect(allRecords('x_gcer_routing_event')).toEqual([])
    })

    it.each(['eventId', 'conversationId', 'participantId', 'userId', 'communicationId'])(
        '400: %s that is not a UUID is named',
        (field) => {
            const sent = post(agentAssignedRoute, { ...ASSIGNED, [field]: 'x^ORsys_idISNOTEMPTY' })
            expect(sent.status).toBe(400)
            expect(sent.body).toEqual({ error: expect.objectContaining({ code: 'invalid_field', field }) })
        }
    )

    it.each([
        ['malformed JSON', '{"eventId": '],
        ['an array', '[]'],
        ['an empty body', ''],
    ])('400: %s', (_label, raw) => {
        const sent = post(agentAssignedRoute, raw)
        expect(sent.status).toBe(400)
        expect(sent.body).toEqual({ error: expect.objectContaining({ code: 'invalid_json' }) })
    })

    it('403: a caller without x_gcer.integration learns nothing and changes nothing', () => {
        const interaction = seedInteraction('queued')
        setCurrentUser({ sysId: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0', userName: 'ada', roles: ['x_gcer.agent'] })
        const checked = measure(() => post(agentAssignedRoute, '{not even json'))
        expect(checked.result).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } })
        expect(checked.reads + checked.writes).toBe(0)
        expect(readRecord('interaction', interaction)?.x_gcer_routing_status).toBe('queued')
    })

    it('404: an unknown conversation changes nothing', () => {
        const checked = measure(() => post(agentAssignedRoute, ASSIGNED))
        expect(checked.result).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
        expect(checked.writes).toBe(0)
    })

    it('409: an agent assigned to a closed interaction is an invalid transition', () => {
        const interaction = seedInteraction('closed', { assigned_to: alice })
        const sent = post(agentAssignedRoute, ASSIGNED)
        expect(sent).toMatchObject({ status: 409, body: { error: { code: 'invalid_transition' } } })
        expect(readRecord('interaction', interaction)?.x_gcer_routing_status).toBe('closed')
    })

    it('413: a body over x_gcer.api.max_payload_bytes is refused before parsing', () => {
        setProperty(PROPERTY.inboundMaxPayloadBytes, 1024)
        const sent = post(agentAssignedRoute, { ...ASSIGNED, padding: 'é'.repeat(600) })
        expect(sent).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } })
    })

    it('413 uses the default limit when the property is malformed', () => {
        setProperty(PROPERTY.inboundMaxPayloadBytes, 'lots')
        expect(post(agentAssignedRoute, { ...ASSIGNED, padding: 'x'.repeat(20000) }).status).toBe(413)
        expect(post(agentAssignedRoute, { ...ASSIGNED, padding: 'x'.repeat(15000) }).status).toBe(404)
    })

    it('422: an unmapped Genesys user is named and nothing changes; the same event applies once mapped', () => {
        const interaction = seedInteraction('queued')
        const sent = post(agentAssignedRoute, { ...ASSIGNED, userId: UNMAPPED_USER })
        expect(sent.status).toBe(422)
        expect(sent.body).toEqual({
            error: { code: 'unmapped_agent', message: expect.stringContaining(UNMAPPED_USER), field: 'userId' },
        })
        expect(readRecord('interaction', interaction)?.x_gcer_routing_status).toBe('queued')
        const retried = post(agentAssignedRoute, ASSIGNED)
        expect(retried).toMatchObject({ status: 200, body: { outcome: 'applied', duplicate: false } })
    })
})

describe('POST /agent-assigned naming the interaction (interactionSysId)', () => {
    /** Genesys created and routed it, but ServiceNow never stored it (the create request timed out). */
    const GENESYS_CONVERSATION = 'c2222222-2222-4222-8222-222222222222'

    it('200: a queued interaction without a conversation adopts it and is assigned; the history says so', () => {
        const interaction = seedInteraction('queued', { x_gcer_conversation_id: null })
        const sent = post(agentAssignedRoute, {
            ...ASSIGNED,
            conversationId: GENESYS_CONVERSATION,
            interactionSysId: interaction.toUpperCase(),
        })
        expect(sent).toMatchObject({ status: 200, body: { outcome: 'applied', interaction: { status: 'connected' } } })
        expect(readRecord('interaction', interaction)).toMatchObject({
            x_gcer_conversation_id: GENESYS_CONVERSATION,
            x_gcer_routing_status: 'connected',
            state: 'work_in_progress',
            assigned_to: alice,
        })
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({
                event: 'agent_assigned',
                outcome: 'applied',
                message: expect.stringContaining(`now follows conversation ${GENESYS_CONVERSATION}`),
            }),
        ])
    })

    it('409: an interaction an agent already holds never takes over another conversation', () => {
        const interaction = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        const sent = post(agentAssignedRoute, {
            ...ASSIGNED,
            conversationId: GENESYS_CONVERSATION,
            interactionSysId: interaction,
        })
        expect(sent).toMatchObject({ status: 409, body: { error: { code: 'invalid_transition' } } })
        expect(readRecord('interaction', interaction)?.x_gcer_conversation_id).toBe(CONVERSATION)
        expect(allRecords('x_gcer_routing_event')).toEqual([expect.objectContaining({ outcome: 'rejected' })])
    })

    it('404: neither the conversation nor the interaction is known; nothing is written', () => {
        const checked = measure(() =>
            post(agentAssignedRoute, { ...ASSIGNED, interactionSysId: 'abcdefabcdefabcdefabcdefabcdef01' })
        )
        expect(checked.result).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
        expect(checked.writes).toBe(0)
    })

    it.each(['not-a-sys-id', 'abcdefabcdefabcdefabcdefabcdef0', 'x^ORsys_idISNOTEMPTYabcdefabcdefab', 42])(
        '400: interactionSysId %p is named',
        (interactionSysId) => {
            seedInteraction('queued')
            const sent = post(agentAssignedRoute, { ...ASSIGNED, interactionSysId })
            expect(sent).toEqual({
                status: 400,
                contentType: 'application/json',
                body: {
                    error: {
                        code: 'invalid_field',
                        message: 'interactionSysId must be a ServiceNow sys_id (32 hexadecimal characters)',
                        field: 'interactionSysId',
                    },
                },
            })
            expect(allRecords('x_gcer_routing_event')).toEqual([])
        }
    )
})

describe('POST /conversation-ended', () => {
    const ENDED = { eventId: EVENT_1, conversationId: CONVERSATION }

    it('200: a queued interaction Genesys ended becomes abandoned, closed_at set', () => {
        const interaction = seedInteraction('queued')
        const sent = post(conversationEndedRoute, ENDED)
        expect(sent).toMatchObject({ status: 200, body: { outcome: 'applied', interaction: { status: 'abandoned' } } })
        expect(readRecord('interaction', interaction)).toMatchObject({ state: 'closed_abandoned' })
        expect(readRecord('interaction', interaction)?.assigned_to ?? null).toBeNull()
        expect(readRecord('interaction', interaction)?.closed_at).not.toBeNull()
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'conversation_ended', outcome: 'applied', to_status: 'abandoned' }),
        ])
    })

    it.each(['connected', 'parked'])(
        '200: a %s interaction ended in Genesys closes, leaves work in progress, keeps its owner; no Genesys call',
        (status) => {
            const interaction = seedInteraction(status, { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
            const sent = post(conversationEndedRoute, ENDED)
            expect(sent).toMatchObject({
                status: 200,
                body: { outcome: 'applied', duplicate: false, interaction: { status: 'closed' } },
            })
            const after = readRecord('interaction', interaction)
            expect(after).toMatchObject({
                x_gcer_routing_status: 'closed',
                state: 'closed_complete',
                assigned_to: alice,
            })
            expect(after?.closed_at).not.toBeNull()
            expect(allRecords('x_gcer_routing_event')).toEqual([
                expect.objectContaining({
                    event: 'conversation_ended',
                    outcome: 'applied',
                    from_status: status,
                    to_status: 'closed',
                    to_owner: alice,
                }),
            ])
            expect(mockGenesys.calls).toEqual([])
            expect(allRecords('x_gcer_outbox')).toEqual([])
        }
    )

    it('200 unchanged: the end notification after our own Disconnect is acknowledged with one unchanged row', () => {
        const interaction = seedInteraction('closed', { assigned_to: alice })
        const sent = post(conversationEndedRoute, ENDED)
        expect(sent).toMatchObject({ status: 200, body: { outcome: 'unchanged', duplicate: false } })
        expect(readRecord('interaction', interaction)).toMatchObject({ x_gcer_routing_status: 'closed' })
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'conversation_ended', outcome: 'unchanged', external_id: EVENT_1 }),
        ])
    })

    it('200 duplicate: the same eventId again changes nothing and writes nothing', () => {
        seedInteraction('connected', { assigned_to: alice })
        post(conversationEndedRoute, ENDED)
        const again = measure(() => post(conversationEndedRoute, ENDED))
        expect(again.result).toMatchObject({ status: 200, body: { outcome: 'unchanged', duplicate: true } })
        expect(again.writes).toBe(0)
        expect(allRecords('x_gcer_routing_event')).toHaveLength(1)
    })

    it('200: a queued interaction whose create timed out adopts the ended conversation it is named by', () => {
        const interaction = seedInteraction('queued', { x_gcer_conversation_id: null })
        const other = 'c2222222-2222-4222-8222-222222222222'
        const sent = post(conversationEndedRoute, { ...ENDED, conversationId: other, interactionSysId: interaction })
        expect(sent).toMatchObject({ status: 200, body: { outcome: 'applied', interaction: { status: 'abandoned' } } })
        expect(readRecord('interaction', interaction)).toMatchObject({ x_gcer_conversation_id: other })
    })

    it('400: missing conversationId, a malformed interactionSysId', () => {
        expect(post(conversationEndedRoute, { eventId: EVENT_1 }).body).toEqual({
            error: { code: 'missing_field', message: 'conversationId is required', field: 'conversationId' },
        })
        expect(post(conversationEndedRoute, { ...ENDED, interactionSysId: 'nope' })).toMatchObject({
            status: 400,
            body: { error: { code: 'invalid_field', field: 'interactionSysId' } },
        })
    })

    it('403 / 404 / 413', () => {
        expect(post(conversationEndedRoute, ENDED)).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found' } },
        })
        setProperty(PROPERTY.inboundMaxPayloadBytes, 1024)
        expect(post(conversationEndedRoute, { ...ENDED, padding: 'x'.repeat(2000) }).status).toBe(413)
        setCurrentUser({ sysId: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0', userName: 'ada', roles: ['x_gcer.agent'] })
        expect(post(conversationEndedRoute, ENDED)).toMatchObject({
            status: 403,
            body: { error: { code: 'forbidden' } },
        })
    })
})
