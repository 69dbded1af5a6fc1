import type { AgentAssignedInput } from '../../../src/app/use-cases/agent-assigned'
import {
    ACTORS,
    ALICE,
    BOB,
    CAROL_INACTIVE,
    COMMUNICATION,
    CONVERSATION,
    INTERACTION,
    NEW_PARTICIPANT,
    PARTICIPANT,
    SUPPORT_QUEUE,
    UNMAPPED_GENESYS_USER,
    interactionIn,
} from '../support/fixtures'
import { expectError, expectOk, onlyRow } from '../support/expectations'
import { createWorld } from '../support/world'

const assigned = (overrides: Partial<AgentAssignedInput> = {}): AgentAssignedInput => ({
    conversationId: CONVERSATION,
    genesysUserId: BOB.genesysUserId,
    participantId: NEW_PARTICIPANT,
    communicationId: COMMUNICATION,
    eventId: 'evt-1',
    ...overrides,
})

describe('agent assigned (Genesys tells us)', () => {
    it('makes the mapped ServiceNow user the owner of a queued interaction and stores the participant', () => {
        const queued = interactionIn('queued', { pendingTarget: `queue:${SUPPORT_QUEUE}` })
        const world = createWorld({ interactions: [queued] })
        const done = expectOk(world.service.agentAssigned(ACTORS.integration, assigned({ queueId: SUPPORT_QUEUE })))
        expect(world.stored(INTERACTION)).toEqual({
            ...queued,
            status: 'connected',
            owner: BOB.userSysId,
            participantId: NEW_PARTICIPANT,
            communicationId: COMMUNICATION,
            pendingTarget: null,
            queueId: SUPPORT_QUEUE,
        })
        expect(done.message).toBe('Genesys Cloud assigned IMS0001 to Bob Agent.')
        expect(done.duplicate).toBe(false)
        expect(onlyRow(world)).toMatchObject({
            event: 'agent_assigned',
            fromStatus: 'queued',
            toStatus: 'connected',
            toOwner: BOB.userSysId,
            externalId: 'evt-1',
            actor: ACTORS.integration.userSysId,
            outcome: 'applied',
        })
        expect(world.genesys.calls).toEqual([])
    })

    it('acknowledges a duplicate event without a second change or a second row', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        expectOk(world.service.agentAssigned(ACTORS.integration, assigned()))
        const afterFirst = world.stored(INTERACTION)
        const repeat = expectOk(
            world.service.agentAssigned(ACTORS.integration, assigned({ genesysUserId: ALICE.genesysUserId }))
        )
        expect(repeat).toMatchObject({ outcome: 'unchanged', duplicate: true })
        expect(world.stored(INTERACTION)).toEqual(afterFirst)
        expect(world.events.entries).toHaveLength(1)
    })

    it('derives the event id from conversation and participant when Genesys sends none', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        expectOk(world.service.agentAssigned(ACTORS.integration, assigned({ eventId: undefined })))
        expect(onlyRow(world).externalId).toBe(`${CONVERSATION}:${NEW_PARTICIPANT}:assigned`)
        expect(expectOk(world.service.agentAssigned(ACTORS.integration, assigned({ eventId: null }))).outcome).toBe(
            'unchanged'
        )
    })

    it('acknowledges the same agent and participant assigned again (a new event id) as unchanged, not a duplicate', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const input = assigned({ genesysUserId: ALICE.genesysUserId, participantId: PARTICIPANT, eventId: 'evt-2' })
        const done = expectOk(world.service.agentAssigned(ACTORS.integration, input))
        expect(done).toMatchObject({ outcome: 'unchanged', duplicate: false })
        expect(world.stored(INTERACTION)).toEqual(interactionIn('connected'))
        expect(onlyRow(world)).toMatchObject({ outcome: 'unchanged', externalId: 'evt-2' })
    })

    it.each(['connected', 'parked'] as const)(
        'stores the new participant when Genesys re-offers a %s interaction to the same agent; status and owner stay',
        (status) => {
            const before = interactionIn(status)
            const world = createWorld({ interactions: [before] })
            const other = 'e2222222-2222-4222-8222-222222222222'
            const input = { genesysUserId: ALICE.genesysUserId, communicationId: other, eventId: 'evt-2' }
            const done = expectOk(world.service.agentAssigned(ACTORS.integration, assigned(input)))
            const after = { ...before, participantId: NEW_PARTICIPANT, communicationId: other }
            expect(world.stored(INTERACTION)).toEqual(after)
            expect(done).toMatchObject({ outcome: 'applied', duplicate: false, interaction: after })
            expect(done.message).toBe(
                'Genesys Cloud offered IMS0001 to Alice Agent again; its new Genesys participant is stored.'
            )
            expect(onlyRow(world)).toMatchObject({
                event: 'agent_assigned',
                fromStatus: status,
                toStatus: status,
                fromOwner: ALICE.userSysId,
                toOwner: ALICE.userSysId,
                externalId: 'evt-2',
                outcome: 'applied',
            })
            expect(world.genesys.calls).toEqual([])
        }
    )

    it('drops the old communication id when the new participant comes without one', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const input = assigned({ genesysUserId: ALICE.genesysUserId, communicationId: undefined })
        expectOk(world.service.agentAssigned(ACTORS.integration, input))
        expect(world.stored(INTERACTION)).toMatchObject({ participantId: NEW_PARTICIPANT, communicationId: null })
    })

    it('stores a communication id the same participant brings for the first time', () => {
        const world = createWorld({ interactions: [interactionIn('connected', { communicationId: null })] })
        const input = assigned({ genesysUserId: ALICE.genesysUserId, participantId: PARTICIPANT })
        expect(expectOk(world.service.agentAssigned(ACTORS.integration, input)).outcome).toBe('applied')
        expect(world.stored(INTERACTION)).toEqual(interactionIn('connected'))
    })

    it.each([
        ['an unmapped Genesys user', UNMAPPED_GENESYS_USER],
        ['an inactive mapped agent', CAROL_INACTIVE.genesysUserId],
    ])('rejects %s: nothing changes, and the event is not marked as seen', (_who, genesysUserId) => {
        const before = interactionIn('queued')
        const world = createWorld({ interactions: [before] })
        const error = expectError(
            world.service.agentAssigned(ACTORS.integration, assigned({ genesysUserId })),
            'unmapped_agent'
        )
        expect(error.message).toContain(genesysUserId)
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(onlyRow(world)).toMatchObject({ outcome: 'rejected', externalId: null })
        expect(world.events.hasExternalId('evt-1')).toBe(false)
    })

    it('applies an event that was rejected before, once the admin has mapped the user', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        expectError(
            world.service.agentAssigned(ACTORS.integration, assigned({ genesysUserId: UNMAPPED_GENESYS_USER })),
            'unmapped_agent'
        )
        // The admin maps the user to Bob in the meantime; Genesys retries the same event.
        expectOk(world.service.agentAssigned(ACTORS.integration, assigned()))
        expect(world.stored(INTERACTION)?.owner).toBe(BOB.userSysId)
    })

    it.each([
        ['connected to another agent', 'connected'],
        ['parked with another agent', 'parked'],
        ['closed', 'closed'],
        ['abandoned', 'abandoned'],
    ] as const)('is an invalid transition when the interaction is %s', (_how, status) => {
        const before = interactionIn(status)
        const world = createWorld({ interactions: [before] })
        expectError(world.service.agentAssigned(ACTORS.integration, assigned()), 'invalid_transition')
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(onlyRow(world)).toMatchObject({ outcome: 'rejected', externalId: null })
    })

    it.each([
        ['an agent', ACTORS.owner],
        ['an administrator', ACTORS.admin],
        ['an anonymous caller', ACTORS.anonymous],
    ])('is forbidden for %s', (_who, actor) => {
        const before = interactionIn('queued')
        const world = createWorld({ interactions: [before] })
        expectError(world.service.agentAssigned(actor, assigned()), 'forbidden')
        expect(world.stored(INTERACTION)).toEqual(before)
    })

    it('is not_found for an unknown conversation', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        const other = 'c9999999-9999-4999-8999-999999999999'
        const error = expectError(
            world.service.agentAssigned(ACTORS.integration, assigned({ conversationId: other })),
            'not_found'
        )
        expect(error.message).toContain(other)
        expect(world.events.entries).toEqual([])
    })

    it.each([
        ['conversationId', 'not-a-uuid'],
        ['genesysUserId', ''],
        ['participantId', undefined],
        ['communicationId', 'x'],
        ['eventId', 'e'.repeat(129)],
    ])('rejects a bad %s as invalid_input', (field, value) => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        const input = { ...assigned(), [field]: value } as AgentAssignedInput
        expectError(world.service.agentAssigned(ACTORS.integration, input), 'invalid_input')
        expect(world.stored(INTERACTION)?.status).toBe('queued')
    })
})

describe('agent assigned for a conversation ServiceNow never stored, naming the interaction', () => {
    /** Genesys created and routed this conversation, but ServiceNow never stored it (e.g. the create timed out). */
    const GENESYS_CONVERSATION = 'c2222222-2222-4222-8222-222222222222'
    const OUR_SYS_ID = '0123456789abcdef0123456789abcdef'
    const named = (overrides: Partial<AgentAssignedInput> = {}) =>
        assigned({ conversationId: GENESYS_CONVERSATION, interactionSysId: OUR_SYS_ID, ...overrides })

    it('adopts the conversation of a queued interaction whose create timed out, and assigns the agent', () => {
        const before = interactionIn('queued', { sysId: OUR_SYS_ID, conversationId: null })
        const world = createWorld({ interactions: [before] })
        const done = expectOk(world.service.agentAssigned(ACTORS.integration, named()))
        expect(world.stored(OUR_SYS_ID)).toEqual({
            ...before,
            status: 'connected',
            owner: BOB.userSysId,
            conversationId: GENESYS_CONVERSATION,
            participantId: NEW_PARTICIPANT,
            communicationId: COMMUNICATION,
        })
        expect(done.message).toBe(
            `Genesys Cloud assigned IMS0001 to Bob Agent. IMS0001 had no Genesys conversation stored (its create request likely timed out in ServiceNow), so it now follows conversation ${GENESYS_CONVERSATION}, which the event linked to it.`
        )
        expect(onlyRow(world)).toMatchObject({
            interaction: OUR_SYS_ID,
            event: 'agent_assigned',
            fromStatus: 'queued',
            toStatus: 'connected',
            outcome: 'applied',
            externalId: 'evt-1',
            message: done.message,
        })
        expect(world.genesys.calls).toEqual([])
    })

    it('adopts the newer conversation Genesys routes when a queued interaction stores another one, and says so', () => {
        const before = interactionIn('queued', { sysId: OUR_SYS_ID })
        const world = createWorld({ interactions: [before] })
        const done = expectOk(world.service.agentAssigned(ACTORS.integration, named()))
        expect(world.stored(OUR_SYS_ID)).toMatchObject({
            status: 'connected',
            owner: BOB.userSysId,
            conversationId: GENESYS_CONVERSATION,
        })
        expect(onlyRow(world).message).toBe(
            `Genesys Cloud assigned IMS0001 to Bob Agent. IMS0001 now follows Genesys Cloud conversation ${GENESYS_CONVERSATION} instead of ${CONVERSATION}: the event linked it to IMS0001, and Genesys routes that conversation.`
        )
        expect(done.duplicate).toBe(false)
    })

    it('finds the interaction by its new conversation afterwards: the same event again is a duplicate', () => {
        const world = createWorld({
            interactions: [interactionIn('queued', { sysId: OUR_SYS_ID, conversationId: null })],
        })
        expectOk(world.service.agentAssigned(ACTORS.integration, named()))
        const again = expectOk(world.service.agentAssigned(ACTORS.integration, named({ interactionSysId: undefined })))
        expect(again).toMatchObject({ outcome: 'unchanged', duplicate: true })
        expect(world.events.entries).toHaveLength(1)
    })

    it.each(['connected', 'parked', 'closed', 'abandoned'] as const)(
        'never adopts for a %s interaction: invalid_transition, nothing changes, a rejected row says why',
        (status) => {
            const before = interactionIn(status, { sysId: OUR_SYS_ID })
            const world = createWorld({ interactions: [before] })
            const error = expectError(world.service.agentAssigned(ACTORS.integration, named()), 'invalid_transition')
            expect(error.message).toBe(
                `Genesys Cloud conversation ${GENESYS_CONVERSATION} names IMS0001, but IMS0001 is ${status} and follows conversation ${CONVERSATION}; only a queued interaction takes over a new conversation, so nothing changed.`
            )
            expect(world.stored(OUR_SYS_ID)).toEqual(before)
            expect(onlyRow(world)).toMatchObject({ event: 'agent_assigned', outcome: 'rejected', externalId: null })
        }
    )

    it('does not adopt when the agent is unmapped; the same event adopts once the admin mapped the user', () => {
        const before = interactionIn('queued', { sysId: OUR_SYS_ID, conversationId: null })
        const world = createWorld({ interactions: [before] })
        expectError(
            world.service.agentAssigned(ACTORS.integration, named({ genesysUserId: UNMAPPED_GENESYS_USER })),
            'unmapped_agent'
        )
        expect(world.stored(OUR_SYS_ID)).toEqual(before)
        expectOk(world.service.agentAssigned(ACTORS.integration, named()))
        expect(world.stored(OUR_SYS_ID)).toMatchObject({ conversationId: GENESYS_CONVERSATION, owner: BOB.userSysId })
    })

    it('is not_found, with nothing written, when neither the conversation nor the interaction is known', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        const error = expectError(world.service.agentAssigned(ACTORS.integration, named()), 'not_found')
        expect(error.message).toContain(GENESYS_CONVERSATION)
        expect(error.message).toContain(OUR_SYS_ID)
        expect(world.events.entries).toEqual([])
    })

    it('follows the stored conversation when it is known, whatever interaction the event names', () => {
        const other = interactionIn('queued', { sysId: OUR_SYS_ID, number: 'IMS0002', conversationId: null })
        const world = createWorld({ interactions: [interactionIn('queued'), other] })
        expectOk(world.service.agentAssigned(ACTORS.integration, named({ conversationId: CONVERSATION })))
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected', conversationId: CONVERSATION })
        expect(world.stored(OUR_SYS_ID)).toEqual(other)
    })

    it('is forbidden for anyone but the integration user, without looking the named interaction up', () => {
        const before = interactionIn('queued', { sysId: OUR_SYS_ID, conversationId: null })
        const world = createWorld({ interactions: [before] })
        expectError(world.service.agentAssigned(ACTORS.admin, named()), 'forbidden')
        expect(world.stored(OUR_SYS_ID)).toEqual(before)
        expect(world.events.entries).toEqual([])
    })

    it.each(['int-1', '0123456789ABCDEF0123456789abcdeg', `${'a'.repeat(32)}^ORactive=true`])(
        'rejects the interaction sys_id %s as invalid_input',
        (interactionSysId) => {
            const world = createWorld({ interactions: [interactionIn('queued')] })
            const error = expectError(
                world.service.agentAssigned(ACTORS.integration, named({ interactionSysId })),
                'invalid_input'
            )
            expect(error.message).toBe(
                'The interaction sys_id must be a ServiceNow sys_id (32 hexadecimal characters).'
            )
            expect(world.events.entries).toEqual([])
        }
    )
})
