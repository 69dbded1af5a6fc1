import { ACTORS, CONVERSATION, INTERACTION, PARTICIPANT, interactionIn } from '../support/fixtures'
import { expectError, expectNothingChanged, expectOk, onlyRow } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

const input = { interactionSysId: INTERACTION }

describe('hold', () => {
    it('parks the Genesys participant, then puts the interaction On Hold with the same owner', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const done = expectOk(world.service.hold(ACTORS.owner, input))
        expect(world.genesys.calls).toEqual([{ method: 'park', args: [CONVERSATION, PARTICIPANT] }])
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'parked', owner: ACTORS.owner.userSysId })
        expect(done).toMatchObject({ outcome: 'applied', interaction: world.stored(INTERACTION) })
        expect(done.message).toBe('IMS0001 is On Hold (parked).')
        expect(onlyRow(world)).toMatchObject({
            event: 'hold',
            fromStatus: 'connected',
            toStatus: 'parked',
            fromOwner: 'user-alice',
            toOwner: 'user-alice',
            outcome: 'applied',
        })
    })

    it('changes nothing when Genesys is rate limited, and tells the agent when to try again', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('park', GENESYS_ERRORS.rateLimited(30))
        const error = expectError(world.service.hold(ACTORS.owner, input), 'genesys_unavailable')
        expect(error.message).toBe(
            'Genesys Cloud is busy (rate limited); try again in 30 seconds. Nothing was changed.'
        )
        expect(error.genesys).toMatchObject({ kind: 'rate_limited', correlationId: 'corr-429' })
        expectNothingChanged(world, before, 1)
        expect(onlyRow(world)).toMatchObject({ outcome: 'failed', toStatus: 'connected', correlationId: 'corr-429' })
    })

    it.each([
        ['unavailable', GENESYS_ERRORS.unavailable(), 'genesys_unavailable'],
        ['refusing', GENESYS_ERRORS.notFound(), 'genesys_refused'],
        ['misconfigured', GENESYS_ERRORS.configuration(), 'configuration'],
    ] as const)('changes nothing and queues nothing when Genesys is %s', (_how, failure, code) => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('park', failure)
        const error = expectError(world.service.hold(ACTORS.owner, input), code)
        expect(error.message).toMatch(/Nothing was changed\.$/)
        expectNothingChanged(world, before, 1)
    })

    it('names the Genesys reason and reference when Genesys refuses', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('park', GENESYS_ERRORS.notFound())
        const error = expectError(world.service.hold(ACTORS.owner, input), 'genesys_refused')
        expect(error.message).toBe(
            'Genesys Cloud refused to park the email: The participant was not found (Genesys reference corr-404). Nothing was changed.'
        )
    })

    it('puts an interaction without a Genesys participant On Hold in ServiceNow only, and says so', () => {
        const world = createWorld({ interactions: [interactionIn('connected', { participantId: null })] })
        const done = expectOk(world.service.hold(ACTORS.owner, input))
        expect(world.genesys.calls).toEqual([])
        expect(world.stored(INTERACTION)?.status).toBe('parked')
        expect(done.message).toContain('nothing was sent to Genesys')
    })
})

describe('resume', () => {
    it('un-parks the Genesys participant, then the same agent works it again', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        const done = expectOk(world.service.resume(ACTORS.owner, input))
        expect(world.genesys.calls).toEqual([{ method: 'unpark', args: [CONVERSATION, PARTICIPANT] }])
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'connected', owner: 'user-alice' })
        expect(done.outcome).toBe('applied')
        expect(onlyRow(world)).toMatchObject({ event: 'resume', fromStatus: 'parked', toStatus: 'connected' })
    })

    it('leaves the interaction parked when Genesys is unavailable', () => {
        const before = interactionIn('parked')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('unpark', GENESYS_ERRORS.unavailable())
        expectError(world.service.resume(ACTORS.owner, input), 'genesys_unavailable')
        expectNothingChanged(world, before, 1)
    })

    it.each([
        [
            'rate limited',
            GENESYS_ERRORS.rateLimited(20),
            'genesys_unavailable',
            'Genesys Cloud is busy (rate limited); try again in 20 seconds. Nothing was changed.',
            'corr-429',
        ],
        [
            'refusing (400)',
            { ...GENESYS_ERRORS.badRequest(), message: 'The participant is not parked' },
            'genesys_refused',
            'Genesys Cloud refused to un-park the email: The participant is not parked (Genesys reference corr-400). Nothing was changed.',
            'corr-400',
        ],
        [
            'not finding the participant (404)',
            GENESYS_ERRORS.notFound(),
            'genesys_refused',
            'Genesys Cloud refused to un-park the email: The participant was not found (Genesys reference corr-404). Nothing was changed.',
            'corr-404',
        ],
    ] as const)(
        'leaves the interaction parked, reads nothing and queues nothing when Genesys is %s',
        (_how, failure, code, message, correlationId) => {
            const before = interactionIn('parked')
            const world = createWorld({ interactions: [before] })
            world.genesys.failNext('unpark', failure)
            const error = expectError(world.service.resume(ACTORS.owner, input), code)
            expect(error.message).toBe(message)
            expect(error.genesys).toEqual(failure)
            // A clear answer: no read of the conversation.
            expectNothingChanged(world, before, 1)
            expect(onlyRow(world)).toMatchObject({
                event: 'resume',
                fromStatus: 'parked',
                toStatus: 'parked',
                fromOwner: 'user-alice',
                toOwner: 'user-alice',
                outcome: 'failed',
                message,
                correlationId,
            })
        }
    )

    it('does not call Genesys for an interaction that is not On Hold', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectError(world.service.resume(ACTORS.owner, input), 'invalid_transition')
        expect(world.genesys.calls).toEqual([])
    })
})
