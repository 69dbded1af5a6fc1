import { ACTORS, BILLING_QUEUE, CONVERSATION, INTERACTION, interactionIn, PARTICIPANT } from '../support/fixtures'
import { expectError, expectOk } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

const input = { interactionSysId: INTERACTION }
const DEFAULT = '3e5e1ced-0000-4000-8000-00000000000d'
const SOLD = '3e5e1ced-0000-4000-8000-00000000005d'
const CALLBACK = '3e5e1ced-0000-4000-8000-0000000000cb'

describe('wrap-up codes for the Disconnect modal', () => {
    // GET /api/v2/conversations/emails/{conversationId}/participants/{participantId}/wrapupcodes: the codes Genesys
    // allows for this participant (official SDK ConversationsApi.getConversationsEmailParticipantWrapupcodes).
    it("offers the configured default first, then the participant's codes by name, asking Genesys once", () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.setParticipantWrapupCodes(PARTICIPANT, [
            { id: SOLD, name: 'Sold' },
            { id: DEFAULT.toUpperCase(), name: 'Resolved' },
            { id: CALLBACK, name: 'Callback' },
        ])
        world.genesys.setWrapupCodes(BILLING_QUEUE, [
            { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Queue only' },
        ])
        expect(expectOk(world.service.wrapupOptions(ACTORS.owner, input))).toMatchObject({
            options: [
                { value: DEFAULT, label: 'Resolved' },
                { value: CALLBACK, label: 'Callback' },
                { value: SOLD, label: 'Sold' },
            ],
            defaultValue: DEFAULT,
            notice: null,
        })
        expect(world.genesys.calls.map((c) => [c.method, ...c.args])).toEqual([
            ['listParticipantWrapupCodes', CONVERSATION, PARTICIPANT],
        ])
        expect(world.events.entries).toEqual([])
    })

    it("uses the queue's codes when the interaction has no Genesys participant", () => {
        const world = createWorld({ interactions: [interactionIn('connected', { participantId: null })] })
        world.genesys.setWrapupCodes(BILLING_QUEUE, [{ id: SOLD, name: 'Sold' }])
        expect(expectOk(world.service.wrapupOptions(ACTORS.owner, input)).options).toEqual([
            { value: DEFAULT, label: 'Default wrap-up' },
            { value: SOLD, label: 'Sold' },
        ])
        expect(world.genesys.calls.map((c) => [c.method, ...c.args])).toEqual([['listQueueWrapupCodes', BILLING_QUEUE]])
    })

    it("falls back to the queue's codes when Genesys cannot answer for the participant", () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('listParticipantWrapupCodes', GENESYS_ERRORS.unavailable())
        world.genesys.setWrapupCodes(BILLING_QUEUE, [{ id: CALLBACK, name: 'Callback' }])
        const result = expectOk(world.service.wrapupOptions(ACTORS.owner, input))
        expect(result.options).toEqual([
            { value: DEFAULT, label: 'Default wrap-up' },
            { value: CALLBACK, label: 'Callback' },
        ])
        expect(result.notice).toBeNull()
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['listParticipantWrapupCodes', 'listQueueWrapupCodes'])
    })

    it('still offers the default when Genesys can list neither, and says so', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('listParticipantWrapupCodes', GENESYS_ERRORS.unavailable())
        world.genesys.failNext('listQueueWrapupCodes', GENESYS_ERRORS.unavailable())
        const result = expectOk(world.service.wrapupOptions(ACTORS.owner, input))
        expect(result.options).toEqual([{ value: DEFAULT, label: 'Default wrap-up' }])
        expect(result.notice).toMatch(/could not list this email's wrap-up codes .*only the default is offered/)
    })

    it('refuses when there is neither a default nor a listed code', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.config.breakWith({ property: 'x_gcer.wrapup.default_disconnect', message: 'unset' })
        expectError(world.service.wrapupOptions(ACTORS.owner, input), 'configuration')
    })

    it.each([
        [ACTORS.otherAgent, 'not_owner'],
        [ACTORS.integration, 'forbidden'],
        [ACTORS.anonymous, 'forbidden'],
    ] as const)('follows the disconnect actor rules (%p)', (actor, code) => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectError(world.service.wrapupOptions(actor, input), code)
        expect(world.genesys.calls).toEqual([])
    })

    it.each(['queued', 'closed', 'abandoned'] as const)('offers nothing for a %s interaction', (status) => {
        const world = createWorld({ interactions: [interactionIn(status)] })
        expectError(world.service.wrapupOptions(ACTORS.admin, input), 'invalid_transition')
    })
})

describe('disconnect with a chosen wrap-up code', () => {
    it('refuses a code that is not a Genesys id, before anything changes', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectError(
            world.service.disconnect(ACTORS.owner, { interactionSysId: INTERACTION, wrapupCode: 'Resolved^ORx=1' }),
            'invalid_input'
        )
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected' })
        expect(world.genesys.calls).toEqual([])
    })
})
