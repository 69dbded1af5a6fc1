import type { GenesysEventInput } from '../../../src/app/use-cases/genesys-event'
import type { ConversationParticipant } from '../../../src/genesys/genesys-api'
import { INTERACTION_ATTRIBUTE } from '../../../src/genesys/send-command'
import { endpointBodyFor } from '../../support/genesys-data-action'
import { customerEndEvent, topicName, userEndEvent, userStartEvent } from '../../support/genesys-events'
import {
    ACTORS,
    ALICE,
    BILLING_QUEUE,
    BOB,
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
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld, type World } from '../support/world'

const T0 = Date.UTC(2025, 0, 6, 8, 59, 0)
const SESSION = 'e2222222-2222-4222-8222-222222222222'

/** The endpoint body the shipped Data Action renders from a user.start topic event (genesys/data-action). */
function userStart(over: { userId?: string; participantId?: string; eventTime?: number } = {}): GenesysEventInput {
    const body = endpointBodyFor({
        suffix: 'user.start',
        event: userStartEvent({
            conversationId: CONVERSATION,
            participantId: over.participantId ?? NEW_PARTICIPANT,
            sessionId: SESSION,
            userId: over.userId ?? BOB.genesysUserId,
            queueId: BILLING_QUEUE,
            eventTime: over.eventTime ?? T0,
        }),
    })
    return body as unknown as GenesysEventInput
}

function customerEnd(eventTime = T0 + 60_000): GenesysEventInput {
    const event = customerEndEvent({ conversationId: CONVERSATION, eventTime })
    return endpointBodyFor({ suffix: 'customer.end', event }) as unknown as GenesysEventInput
}

const customer: ConversationParticipant = { id: 'p-customer', purpose: 'customer', state: 'connected' }
const queue = (queueId = BILLING_QUEUE, state = 'connected'): ConversationParticipant => ({
    id: 'p-acd',
    purpose: 'acd',
    state,
    queueId,
})
const agent = (
    userId: string,
    id: string,
    state: string,
    extra: Partial<ConversationParticipant> = {}
): ConversationParticipant => ({
    id,
    purpose: 'agent',
    state,
    userId,
    queueId: BILLING_QUEUE,
    ...extra,
})

function worldWith(
    status: Parameters<typeof interactionIn>[0],
    participants: ConversationParticipant[],
    over = {}
): World {
    const world = createWorld({ interactions: [interactionIn(status, over)] })
    world.genesys.setConversation(CONVERSATION, participants)
    return world
}

describe('a Genesys event is a hint: the conversation read is the truth', () => {
    it('accepts a body built only from user.start topic fields and assigns the agent the read shows connected', () => {
        const world = worldWith('queued', [
            customer,
            queue('', 'disconnected'),
            agent(BOB.genesysUserId, NEW_PARTICIPANT, 'connected'),
        ])
        const done = expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'connected',
            owner: BOB.userSysId,
            participantId: NEW_PARTICIPANT,
            communicationId: SESSION,
            confirmedAtMs: world.clock.nowMs(),
        })
        expect(done).toMatchObject({
            outcome: 'applied',
            duplicate: false,
            message: 'Genesys Cloud assigned IMS0001 to Bob Agent.',
        })
        expect(onlyRow(world)).toMatchObject({
            event: 'genesys_observed',
            fromStatus: 'queued',
            toStatus: 'connected',
            toOwner: BOB.userSysId,
            externalId: `user.start:${CONVERSATION}:${NEW_PARTICIPANT}:${SESSION}:${T0}`,
            outcome: 'applied',
        })
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['getEmailConversation'])
    })

    it('acknowledges a repeated event without reading Genesys or writing anything', () => {
        const world = worldWith('queued', [customer, agent(BOB.genesysUserId, NEW_PARTICIPANT, 'connected')])
        expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
        const stored = world.stored(INTERACTION)
        const repeat = expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
        expect(repeat).toMatchObject({ duplicate: true, outcome: 'unchanged' })
        expect(world.stored(INTERACTION)).toEqual(stored)
        expect(world.events.entries).toHaveLength(1)
        expect(world.genesys.callsOf('getEmailConversation')).toHaveLength(1)
    })

    it('ignores an event older than the last confirmed read (out of order): no read, no change', () => {
        const world = worldWith('connected', [customer, agent(ALICE.genesysUserId, PARTICIPANT, 'connected')], {
            confirmedAtMs: T0 + 1,
        })
        const late = expectOk(world.service.genesysEvent(ACTORS.integration, userStart({ eventTime: T0 })))
        expect(late.outcome).toBe('unchanged')
        expect(world.genesys.calls).toEqual([])
        expect(world.events.entries).toEqual([])
    })

    it('keeps an offered email queued: an offer is not ownership; it shows whom it is offered to and is read again soon', () => {
        const world = worldWith('queued', [customer, agent(BOB.genesysUserId, NEW_PARTICIPANT, 'alerting')])
        expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'queued',
            owner: null,
            pendingTarget: `agent:${BOB.genesysUserId}`,
            confirmedAtMs: null,
        })
        // Bob cannot act on it: it is not his until he accepts; the reconciler's next read assigns him then.
        expectError(world.service.disconnect(ACTORS.otherAgent, { interactionSysId: INTERACTION }), 'not_owner')
        world.genesys.setConversation(CONVERSATION, [customer, agent(BOB.genesysUserId, NEW_PARTICIPANT, 'connected')])
        expect(world.reconcile()).toMatchObject({ examined: 1, corrected: 1 })
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected', owner: BOB.userSysId })
    })

    it('follows a re-offer to another agent once the first agent’s participant is gone (missed alert)', () => {
        const world = worldWith('connected', [
            customer,
            agent(ALICE.genesysUserId, PARTICIPANT, 'disconnected'),
            agent(BOB.genesysUserId, NEW_PARTICIPANT, 'connected'),
        ])
        expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'connected',
            owner: BOB.userSysId,
            participantId: NEW_PARTICIPANT,
        })
        expect(onlyRow(world)).toMatchObject({ fromOwner: ALICE.userSysId, toOwner: BOB.userSysId, outcome: 'applied' })
    })

    it('closes an interaction whose agent Genesys disconnected while nobody routes it any more (supervisor)', () => {
        const world = worldWith('connected', [customer, agent(ALICE.genesysUserId, PARTICIPANT, 'disconnected')])
        expectOk(
            world.service.genesysEvent(
                ACTORS.integration,
                userStart({ userId: ALICE.genesysUserId, participantId: PARTICIPANT })
            )
        )
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'closed', owner: ALICE.userSysId })
        expect(world.outbox.rows).toEqual([])
    })

    it('releases the owner when Genesys shows the email back in a queue (desktop transfer)', () => {
        const world = worldWith('connected', [
            customer,
            agent(ALICE.genesysUserId, PARTICIPANT, 'disconnected'),
            queue(SUPPORT_QUEUE),
        ])
        const ended = endpointBodyFor({
            suffix: 'user.end',
            event: userEndEvent({
                conversationId: CONVERSATION,
                participantId: PARTICIPANT,
                sessionId: COMMUNICATION,
                userId: ALICE.genesysUserId,
                eventTime: T0,
            }),
        })
        expectOk(world.service.genesysEvent(ACTORS.integration, ended as unknown as GenesysEventInput))
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'queued',
            owner: null,
            participantId: null,
            queueId: SUPPORT_QUEUE,
        })
    })

    it('follows the 7-day auto-resume: parked in ServiceNow, connected in Genesys', () => {
        const world = worldWith('parked', [customer, agent(ALICE.genesysUserId, PARTICIPANT, 'connected')])
        expectOk(
            world.service.genesysEvent(
                ACTORS.integration,
                userStart({ userId: ALICE.genesysUserId, participantId: PARTICIPANT })
            )
        )
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected', owner: ALICE.userSysId })
    })

    it.each([
        ['queued', 'abandoned', null],
        ['connected', 'closed', ALICE.userSysId],
        ['parked', 'closed', ALICE.userSysId],
    ] as const)('customer.end: %s becomes %s and nothing is sent to Genesys', (from, to, owner) => {
        const world = worldWith(from, [{ ...customer, state: 'disconnected' }])
        expectOk(world.service.genesysEvent(ACTORS.integration, customerEnd()))
        expect(world.stored(INTERACTION)).toMatchObject({ status: to, owner })
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['getEmailConversation'])
        expect(world.outbox.rows).toEqual([])
    })

    it('acknowledges the end of a conversation already closed in ServiceNow as unchanged', () => {
        const world = worldWith('closed', [{ ...customer, state: 'disconnected' }])
        const done = expectOk(world.service.genesysEvent(ACTORS.integration, customerEnd()))
        expect(done.outcome).toBe('unchanged')
        expect(world.stored(INTERACTION)?.status).toBe('closed')
    })

    it('refuses an agent Genesys shows but ServiceNow cannot map (422), changing nothing', () => {
        const world = worldWith('queued', [customer, agent(UNMAPPED_GENESYS_USER, NEW_PARTICIPANT, 'alerting')])
        const error = expectError(
            world.service.genesysEvent(ACTORS.integration, userStart({ userId: UNMAPPED_GENESYS_USER })),
            'unmapped_agent'
        )
        expect(error.message).toContain(UNMAPPED_GENESYS_USER)
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'queued', owner: null })
        expect(onlyRow(world)).toMatchObject({ outcome: 'rejected', externalId: null })
    })

    it('adopts a conversation nobody is linked to when it names our queued interaction (an unclear create)', () => {
        const world = createWorld({ interactions: [interactionIn('queued', { conversationId: null })] })
        world.genesys.setConversation(CONVERSATION, [
            { ...customer, attributes: { [INTERACTION_ATTRIBUTE]: INTERACTION } },
            agent(BOB.genesysUserId, NEW_PARTICIPANT, 'connected'),
        ])
        const done = expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
        expect(world.stored(INTERACTION)).toMatchObject({
            conversationId: CONVERSATION,
            status: 'connected',
            owner: BOB.userSysId,
        })
        expect(done.message).toContain('now follows conversation')
    })

    it('answers not_found for a conversation that names no interaction of ours', () => {
        const world = createWorld({ interactions: [interactionIn('queued', { conversationId: null })] })
        world.genesys.setConversation(CONVERSATION, [customer])
        expectError(world.service.genesysEvent(ACTORS.integration, userStart()), 'not_found')
        expect(world.events.entries).toEqual([])
    })

    it('leaves the interaction to the reconciler when the read fails (deferred, never confirmed)', () => {
        const world = worldWith('queued', [], { confirmedAtMs: T0 - 10_000 })
        world.genesys.failNext('getEmailConversation', GENESYS_ERRORS.unavailable())
        const done = expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
        expect(done.outcome).toBe('deferred')
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'queued', confirmedAtMs: null })
        expect(onlyRow(world)).toMatchObject({ event: 'genesys_observed', outcome: 'deferred', externalId: null })
    })

    it.each([
        [
            '404',
            GENESYS_ERRORS.notFound(),
            'not_found',
            `No interaction is linked to Genesys Cloud conversation ${CONVERSATION}.`,
        ],
        [
            '503',
            GENESYS_ERRORS.unavailable(),
            'genesys_unavailable',
            `Genesys Cloud conversation ${CONVERSATION} could not be read (unavailable); the event was not applied.`,
        ],
    ] as const)(
        'a conversation nobody is linked to whose read fails with %s: refused, nothing written, nothing adopted',
        (_status, failure, code, message) => {
            const before = interactionIn('queued', { conversationId: null })
            const world = createWorld({ interactions: [before] })
            world.genesys.failNext('getEmailConversation', failure)
            const error = expectError(world.service.genesysEvent(ACTORS.integration, userStart()), code)
            expect(error.message).toBe(message)
            expect(world.stored(INTERACTION)).toEqual(before)
            expect(world.interactions.rows.size).toBe(1)
            expect(world.events.entries).toEqual([])
            expect(world.outbox.rows).toEqual([])
            expect(world.genesys.calls).toEqual([{ method: 'getEmailConversation', args: [CONVERSATION] }])
        }
    )

    it.each([
        [
            '404',
            GENESYS_ERRORS.notFound(),
            'not_found HTTP 404 not.found: The participant was not found (Genesys reference corr-404)',
            'corr-404',
        ],
        [
            '503',
            GENESYS_ERRORS.unavailable(),
            'unavailable HTTP 503: Service Unavailable (Genesys reference corr-503)',
            'corr-503',
        ],
    ] as const)(
        'a linked conversation whose read fails with %s: deferred; routing unchanged, left unconfirmed for the reconciler',
        (_status, failure, described, correlationId) => {
            const before = interactionIn('connected', { confirmedAtMs: T0 - 10_000 })
            const world = createWorld({ interactions: [before] })
            world.genesys.failNext('getEmailConversation', failure)
            const done = expectOk(world.service.genesysEvent(ACTORS.integration, userStart()))
            const message = `Genesys Cloud reported a change to IMS0001, but its conversation could not be read (${described}); the reconciler reads it again.`
            expect(done).toEqual({ interaction: before, outcome: 'deferred', message, duplicate: false })
            expect(world.stored(INTERACTION)).toEqual({ ...before, confirmedAtMs: null })
            expect(world.outbox.rows).toEqual([])
            expect(world.genesys.calls).toEqual([{ method: 'getEmailConversation', args: [CONVERSATION] }])
            expect(onlyRow(world)).toMatchObject({
                event: 'genesys_observed',
                fromStatus: 'connected',
                toStatus: 'connected',
                fromOwner: ALICE.userSysId,
                toOwner: ALICE.userSysId,
                outcome: 'deferred',
                message,
                correlationId,
                externalId: null,
            })
        }
    )

    it('refuses anyone but the integration user before reading anything', () => {
        const world = worldWith('queued', [customer])
        for (const actor of [ACTORS.owner, ACTORS.admin, ACTORS.noRole, null])
            expectError(world.service.genesysEvent(actor, userStart()), 'forbidden')
        expect(world.genesys.calls).toEqual([])
        expect(world.events.entries).toEqual([])
    })

    it.each([
        ['a topic of another conversation', { topicName: topicName('user.start', PARTICIPANT) }],
        [
            'a topic the app does not subscribe to',
            { topicName: `v2.detail.events.conversation.${CONVERSATION}.acd.start` },
        ],
        ['no event time', { eventTime: undefined }],
        ['a participant id that is not a UUID', { participantId: 'p1' }],
        ['a voice conversation', { mediaType: 'CALL' }],
    ])('rejects %s as invalid input, reading nothing', (_what, change) => {
        const world = worldWith('queued', [customer])
        const input = { ...userStart(), ...change } as GenesysEventInput
        expectError(world.service.genesysEvent(ACTORS.integration, input), 'invalid_input')
        expect(world.genesys.calls).toEqual([])
    })
})
