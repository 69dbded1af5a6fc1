import type { ConversationEndedInput } from '../../../src/app/use-cases/conversation-ended'
import { ACTORS, ALICE, CONVERSATION, INTERACTION, interactionIn } from '../support/fixtures'
import { expectError, expectOk, onlyRow } from '../support/expectations'
import { createWorld } from '../support/world'

const ended: ConversationEndedInput = { conversationId: CONVERSATION, eventId: 'evt-end' }
/** A conversation ServiceNow never stored (e.g. Genesys created it after our create request timed out). */
const UNKNOWN_CONVERSATION = 'c2222222-2222-4222-8222-222222222222'
const OUR_SYS_ID = '0123456789abcdef0123456789abcdef'

describe('conversation ended (Genesys ended the conversation)', () => {
    it('abandons a queued interaction and clears any pending transfer', () => {
        const world = createWorld({ interactions: [interactionIn('queued', { pendingTarget: 'queue:x' })] })
        const done = expectOk(world.service.conversationEnded(ACTORS.integration, ended))
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'abandoned', owner: null, pendingTarget: null })
        expect(done).toMatchObject({ outcome: 'applied', duplicate: false })
        expect(done.message).toBe('Genesys Cloud ended IMS0001 before an agent took it; it is abandoned.')
        expect(onlyRow(world)).toMatchObject({
            event: 'conversation_ended',
            fromStatus: 'queued',
            toStatus: 'abandoned',
            externalId: 'evt-end',
            outcome: 'applied',
        })
        expect(world.genesys.calls).toEqual([])
    })

    it.each(['connected', 'parked'] as const)(
        'closes a %s interaction ended in Genesys, keeps the owner for history and sends nothing to Genesys',
        (status) => {
            const before = interactionIn(status)
            const world = createWorld({ interactions: [before] })
            const done = expectOk(world.service.conversationEnded(ACTORS.integration, ended))
            expect(world.stored(INTERACTION)).toEqual({ ...before, status: 'closed', owner: ALICE.userSysId })
            expect(done).toMatchObject({ outcome: 'applied', duplicate: false, interaction: { status: 'closed' } })
            expect(done.message).toContain('it is closed')
            expect(done.message).toContain('nothing was sent to Genesys')
            expect(onlyRow(world)).toMatchObject({
                event: 'conversation_ended',
                fromStatus: status,
                toStatus: 'closed',
                fromOwner: ALICE.userSysId,
                toOwner: ALICE.userSysId,
                externalId: 'evt-end',
                outcome: 'applied',
            })
            expect(world.genesys.calls).toEqual([])
            expect(world.outbox.rows).toEqual([])
        }
    )

    it.each(['closed', 'abandoned'] as const)(
        'acknowledges the end of an already %s interaction (e.g. after our Disconnect) with one unchanged row',
        (status) => {
            const before = interactionIn(status)
            const world = createWorld({ interactions: [before] })
            const done = expectOk(world.service.conversationEnded(ACTORS.integration, ended))
            expect(done).toMatchObject({ outcome: 'unchanged', duplicate: false, interaction: before })
            expect(done.message).toBe(
                `Genesys Cloud reported the end of IMS0001's conversation; it was already ${status}, so nothing changed.`
            )
            expect(world.stored(INTERACTION)).toEqual(before)
            expect(onlyRow(world)).toMatchObject({
                event: 'conversation_ended',
                fromStatus: status,
                toStatus: status,
                outcome: 'unchanged',
                externalId: 'evt-end',
            })
            expect(world.genesys.calls).toEqual([])
        }
    )

    it.each(['queued', 'connected', 'closed'] as const)(
        'acknowledges a repeat of the same event (from %s) as a duplicate with no second row',
        (status) => {
            const world = createWorld({ interactions: [interactionIn(status)] })
            expectOk(world.service.conversationEnded(ACTORS.integration, ended))
            const afterFirst = world.stored(INTERACTION)
            expect(expectOk(world.service.conversationEnded(ACTORS.integration, ended))).toMatchObject({
                outcome: 'unchanged',
                duplicate: true,
            })
            expect(world.stored(INTERACTION)).toEqual(afterFirst)
            expect(world.events.entries).toHaveLength(1)
        }
    )

    it('derives the event id from the conversation when Genesys sends none', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        expectOk(world.service.conversationEnded(ACTORS.integration, { conversationId: CONVERSATION }))
        expect(onlyRow(world).externalId).toBe(`${CONVERSATION}:ended`)
    })

    it('is forbidden for anyone but the integration user', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        expectError(world.service.conversationEnded(ACTORS.admin, ended), 'forbidden')
        expect(world.stored(INTERACTION)).toEqual(before)
        expect(onlyRow(world)).toMatchObject({ event: 'conversation_ended', outcome: 'rejected' })
    })

    it('is not_found for an unknown conversation, with nothing written', () => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        const error = expectError(
            world.service.conversationEnded(ACTORS.integration, { ...ended, conversationId: UNKNOWN_CONVERSATION }),
            'not_found'
        )
        expect(error.message).toContain(UNKNOWN_CONVERSATION)
        expect(world.events.entries).toEqual([])
    })

    it.each([
        ['conversationId', "1' OR 1=1"],
        ['interactionSysId', 'int-1^ORactive=true'],
        ['eventId', 'e'.repeat(129)],
    ])('rejects a bad %s as invalid_input', (field, value) => {
        const world = createWorld({ interactions: [interactionIn('queued')] })
        const error = expectError(
            world.service.conversationEnded(ACTORS.integration, { ...ended, [field]: value }),
            'invalid_input'
        )
        if (field === 'interactionSysId') expect(error.message).toContain('interaction sys_id')
        expect(world.stored(INTERACTION)?.status).toBe('queued')
        expect(world.events.entries).toEqual([])
    })
})

describe('conversation ended for a conversation ServiceNow never stored, naming the interaction', () => {
    const named = { conversationId: UNKNOWN_CONVERSATION, interactionSysId: OUR_SYS_ID, eventId: 'evt-end' }

    it('adopts the conversation of a queued interaction whose create timed out, and abandons it', () => {
        const before = interactionIn('queued', { sysId: OUR_SYS_ID, conversationId: null })
        const world = createWorld({ interactions: [before] })
        const done = expectOk(world.service.conversationEnded(ACTORS.integration, named))
        expect(world.stored(OUR_SYS_ID)).toEqual({
            ...before,
            status: 'abandoned',
            conversationId: UNKNOWN_CONVERSATION,
        })
        expect(done.message).toContain(`now follows conversation ${UNKNOWN_CONVERSATION}`)
        expect(onlyRow(world)).toMatchObject({ outcome: 'applied', toStatus: 'abandoned', message: done.message })
    })

    it.each([
        ['queued under another conversation (a stray one ended)', interactionIn('queued', { sysId: OUR_SYS_ID })],
        ['connected', interactionIn('connected', { sysId: OUR_SYS_ID })],
        [
            'connected with no conversation stored',
            interactionIn('connected', { sysId: OUR_SYS_ID, conversationId: null }),
        ],
    ])('never ends an interaction that is %s: not_found, nothing written', (_how, before) => {
        const world = createWorld({ interactions: [before] })
        const error = expectError(world.service.conversationEnded(ACTORS.integration, named), 'not_found')
        expect(error.message).toContain(UNKNOWN_CONVERSATION)
        expect(error.message).toContain('IMS0001')
        expect(world.stored(OUR_SYS_ID)).toEqual(before)
        expect(world.events.entries).toEqual([])
    })

    it('is not_found when the named interaction does not exist either', () => {
        const world = createWorld({ interactions: [interactionIn('queued', { conversationId: null })] })
        const error = expectError(world.service.conversationEnded(ACTORS.integration, named), 'not_found')
        expect(error.message).toContain(OUR_SYS_ID)
        expect(world.events.entries).toEqual([])
    })

    it('follows the stored conversation when it is known, whatever interaction the event names', () => {
        const other = interactionIn('queued', { sysId: OUR_SYS_ID, number: 'IMS0002', conversationId: null })
        const world = createWorld({ interactions: [interactionIn('queued'), other] })
        expectOk(world.service.conversationEnded(ACTORS.integration, { ...named, conversationId: CONVERSATION }))
        expect(world.stored(INTERACTION)?.status).toBe('abandoned')
        expect(world.stored(OUR_SYS_ID)).toEqual(other)
    })
})
