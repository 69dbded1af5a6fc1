import { ACTORS, CONVERSATION, INTERACTION, interactionIn } from '../support/fixtures'
import { expectError, expectOk, onlyRow } from '../support/expectations'
import { createWorld } from '../support/world'

const ended = { conversationId: CONVERSATION, eventId: 'evt-end' }

describe('abandoned (Genesys ended it without an agent)', () => {
    it('abandons a queued interaction and clears any pending transfer', () => {
        const world = createWorld({ interactions: [interactionIn('queued', { pendingTarget: 'queue:x' })] })
        const done = expectOk(world.service.abandoned(ACTORS.integration, ended))
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'abandoned', owner: null, pendingTarget: null })
        expect(done).toMatchObject({ outcome: 'applied', duplicate: false })
        expect(onlyRow(world)).toMatchObject({
            event: 'abandoned',
            fromStatus: 'queued',
            toStatus: 'abandoned',
            externalId: 'evt-end',
        })
    })

    it('acknowledges a duplicate event with no second row', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        expectOk(world.service.abandoned(ACTORS.integration, ended))
        expect(expectOk(world.service.abandoned(ACTORS.integration, ended))).toMatchObject({
            outcome: 'unchanged',
            duplicate: true,
        })
        expect(world.events.entries).toHaveLength(1)
    })

    it('acknowledges an already abandoned interaction as unchanged', () => {
        const world = createWorld({ interactions: [interactionIn('abandoned')] })
        expect(expectOk(world.service.abandoned(ACTORS.integration, ended))).toMatchObject({
            outcome: 'unchanged',
            duplicate: false,
        })
        expect(onlyRow(world).outcome).toBe('unchanged')
    })

    it.each(['connected', 'parked', 'closed'] as const)('cannot abandon a %s interaction', (status) => {
        const before = interactionIn(status)
        const world = createWorld({ interactions: [before] })
        expectError(world.service.abandoned(ACTORS.integration, ended), 'invalid_transition')
        expect(world.stored(INTERACTION)).toEqual(before)
    })

    it('is forbidden for anyone but the integration user', () => {
        const before = interactionIn('queued')
        const world = createWorld({ interactions: [before] })
        expectError(world.service.abandoned(ACTORS.admin, ended), 'forbidden')
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(onlyRow(world).outcome).toBe('rejected')
    })

    it('rejects a conversation id that is not a Genesys id', () => {
        expectError(
            createWorld().service.abandoned(ACTORS.integration, { conversationId: "1' OR 1=1" }),
            'invalid_input'
        )
    })
})
