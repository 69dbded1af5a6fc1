import {
    ACTORS,
    BOB,
    CAROL_INACTIVE,
    CONVERSATION,
    INTERACTION,
    PARTICIPANT,
    SUPPORT_QUEUE,
    UNMAPPED_QUEUE,
    interactionIn,
} from '../support/fixtures'
import { expectError, expectNothingChanged, expectOk, onlyRow } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

const to = (target: string) => ({ interactionSysId: INTERACTION, target })

describe('transfer to a queue', () => {
    it.each(['connected', 'parked'] as const)(
        'from %s: Genesys replaces the participant, then the owner is released and the row records from/to',
        (status) => {
            const world = createWorld({ interactions: [interactionIn(status)] })
            const done = expectOk(world.service.transfer(ACTORS.owner, to(`queue:${SUPPORT_QUEUE}`)))
            expect(world.genesys.calls).toEqual([
                { method: 'transferToQueue', args: [CONVERSATION, PARTICIPANT, SUPPORT_QUEUE] },
            ])
            expect(world.stored(INTERACTION)).toEqual({
                ...interactionIn(status),
                status: 'queued',
                owner: null,
                pendingTarget: `queue:${SUPPORT_QUEUE}`,
                participantId: null,
                communicationId: null,
                queueId: SUPPORT_QUEUE,
            })
            expect(done.message).toContain('transferred to Support')
            expect(onlyRow(world)).toMatchObject({
                event: 'transfer',
                fromStatus: status,
                toStatus: 'queued',
                fromOwner: 'user-alice',
                toOwner: null,
                target: `queue:${SUPPORT_QUEUE}`,
                outcome: 'applied',
            })
        }
    )

    it('keeps the thread: conversation, contact, account and subject are untouched', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectOk(world.service.transfer(ACTORS.owner, to(`queue:${SUPPORT_QUEUE}`)))
        expect(world.stored(INTERACTION)).toMatchObject({
            conversationId: CONVERSATION,
            contact: 'contact-1',
            account: 'account-1',
            subject: 'My invoice is wrong',
        })
    })

    it('accepts the queue id in any letter case', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectOk(world.service.transfer(ACTORS.owner, to(`queue:${SUPPORT_QUEUE.toUpperCase()}`)))
        expect(world.stored(INTERACTION)?.queueId).toBe(SUPPORT_QUEUE)
    })
})

describe('transfer to an agent', () => {
    it('uses /replace/agent with the Genesys user id and leaves the queue as it was', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectOk(world.service.transfer(ACTORS.owner, to(`agent:${BOB.userSysId}`)))
        expect(world.genesys.calls).toEqual([
            { method: 'transferToAgent', args: [CONVERSATION, PARTICIPANT, BOB.genesysUserId] },
        ])
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'queued',
            owner: null,
            pendingTarget: `agent:${BOB.genesysUserId}`,
            queueId: interactionIn('connected').queueId,
        })
    })
})

describe('transfer targets are checked on the server', () => {
    it.each([
        ['an unmapped queue', `queue:${UNMAPPED_QUEUE}`, 'unmapped_queue'],
        ['an unknown user', 'agent:user-nobody', 'unmapped_agent'],
        ['an inactive mapped agent', `agent:${CAROL_INACTIVE.userSysId}`, 'unmapped_agent'],
        ['the owner', 'agent:user-alice', 'target_is_owner'],
        ['garbage', 'queue:; DROP TABLE', 'invalid_target'],
        ['nothing', '', 'invalid_target'],
    ] as const)('rejects %s without calling Genesys', (_what, target, code) => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        const error = expectError(world.service.transfer(ACTORS.owner, to(target)), code)
        expect(error.message.length).toBeGreaterThan(10)
        expectNothingChanged(world, before)
        expect(onlyRow(world)).toMatchObject({ outcome: 'rejected', target })
    })

    it('rejects a non-string target from a bypassed client', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const input = { interactionSysId: INTERACTION, target: { kind: 'queue' } as unknown as string }
        expectError(world.service.transfer(ACTORS.owner, input), 'invalid_target')
    })
})

describe('transfer when Genesys does not agree', () => {
    it('changes nothing when Genesys is rate limited', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('transferToQueue', GENESYS_ERRORS.rateLimited(45))
        const error = expectError(
            world.service.transfer(ACTORS.owner, to(`queue:${SUPPORT_QUEUE}`)),
            'genesys_unavailable'
        )
        expect(error.message).toBe(
            'Genesys Cloud is busy (rate limited); try again in 45 seconds. Nothing was changed.'
        )
        expectNothingChanged(world, before, 1)
        expect(onlyRow(world)).toMatchObject({
            outcome: 'failed',
            toStatus: 'connected',
            toOwner: 'user-alice',
            target: `queue:${SUPPORT_QUEUE}`,
            correlationId: 'corr-429',
        })
    })

    it('changes nothing when Genesys refuses, and passes on its reason', () => {
        const before = interactionIn('parked')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('transferToAgent', GENESYS_ERRORS.badRequest())
        const error = expectError(world.service.transfer(ACTORS.owner, to(`agent:${BOB.userSysId}`)), 'genesys_refused')
        expect(error.message).toContain(
            'refused to transfer the email to Bob Agent: The queue is not accepting transfers'
        )
        expect(error.genesys?.correlationId).toBe('corr-400')
        expectNothingChanged(world, before, 1)
    })

    it('is not_linked for an interaction Genesys never assigned', () => {
        const before = interactionIn('connected', { participantId: null })
        const world = createWorld({ interactions: [before] })
        expectError(world.service.transfer(ACTORS.owner, to(`queue:${SUPPORT_QUEUE}`)), 'not_linked')
        expectNothingChanged(world, before)
    })

    it('is a configuration error, with nothing changed, when the queue mappings are malformed', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.config.breakWith({ property: 'x_gcer.genesys.queue_mappings', message: 'not valid JSON' })
        const error = expectError(world.service.transfer(ACTORS.owner, to(`queue:${SUPPORT_QUEUE}`)), 'configuration')
        expect(error.message).toContain('x_gcer.genesys.queue_mappings: not valid JSON')
        expectNothingChanged(world, before)
    })
})
