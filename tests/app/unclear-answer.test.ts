import type { ConversationParticipant } from '../../src/genesys/genesys-api'
import { ACTORS, BOB, CONVERSATION, INTERACTION, PARTICIPANT, SUPPORT_QUEUE, interactionIn } from './support/fixtures'
import { expectError, expectOk } from './support/expectations'
import { GENESYS_ERRORS } from './support/scripted-genesys'
import { createWorld } from './support/world'

/**
 * An unclear answer (timeout, reset, 500, 502/504, broken body) means "unknown", not "failed": before the agent is
 * told anything, ServiceNow reads the conversation and tells the truth. Done: the action stands. Not done: nothing
 * changed, and that is now known. Still unknown: ServiceNow changes nothing yet and the reconciler settles it.
 */
const id = { interactionSysId: INTERACTION }
const agent = (state: string): ConversationParticipant => ({ id: PARTICIPANT, purpose: 'agent', state, userId: 'a1' })
const unclear = { ...GENESYS_ERRORS.timeout(), maybeProcessed: true as const }

describe('an answer that is clear after all', () => {
    it('Hold whose token request timed out: the park was never sent, so nothing changed, and no read is needed', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('park', { ...GENESYS_ERRORS.timeout(), notSent: true })
        const refused = expectError(world.service.hold(ACTORS.owner, id), 'genesys_unavailable')
        expect(refused.message).toContain('Nothing was changed.')
        expect(world.stored(INTERACTION)?.status).toBe('connected')
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['park'])
    })
})

describe('a must-agree command answered unclearly', () => {
    it('Hold: Genesys parked it after all -> the interaction is On Hold and the agent is told so', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('park', GENESYS_ERRORS.timeout())
        world.genesys.setConversation(CONVERSATION, [agent('parked')])
        const done = expectOk(world.service.hold(ACTORS.owner, id))
        expect(done.message).toBe('IMS0001 is On Hold (parked).')
        expect(world.stored(INTERACTION)?.status).toBe('parked')
        expect(world.genesys.calls.map((c) => c.method)).toEqual(['park', 'getEmailConversation'])
    })

    it('Hold: the read shows it still connected -> nothing changed, and the message says so truthfully', () => {
        const before = interactionIn('connected')
        const world = createWorld({ interactions: [before] })
        world.genesys.failNext('park', { kind: 'server', status: 500, message: 'Internal Server Error' })
        world.genesys.setConversation(CONVERSATION, [agent('connected')])
        const error = expectError(world.service.hold(ACTORS.owner, id), 'genesys_unavailable')
        expect(error.message).toMatch(/Nothing was changed\.$/)
        expect(world.stored(INTERACTION)).toEqual(before)
    })

    it('Transfer: Genesys replaced the participant after all -> transferred, owner released', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.failNext('transferToQueue', unclear)
        world.genesys.setConversation(CONVERSATION, [agent('disconnected')])
        expectOk(world.service.transfer(ACTORS.owner, { ...id, target: `queue:${SUPPORT_QUEUE}` }))
        expect(world.stored(INTERACTION)).toMatchObject({ status: 'queued', owner: null, queueId: SUPPORT_QUEUE })
    })

    it('Transfer: the read fails too -> ServiceNow changes nothing yet, says so, and leaves it to the reconciler', () => {
        const world = createWorld({ interactions: [interactionIn('connected', { confirmedAtMs: 1 })] })
        world.genesys.failNext('transferToAgent', unclear)
        world.genesys.failNext('getEmailConversation', GENESYS_ERRORS.unavailable())
        const error = expectError(
            world.service.transfer(ACTORS.owner, { ...id, target: `agent:${BOB.userSysId}` }),
            'genesys_unavailable'
        )
        expect(error.message).toContain('reads Genesys again within minutes and follows what Genesys did')
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'connected',
            owner: ACTORS.owner.userSysId,
            confirmedAtMs: null,
        })
        expect(world.events.entries.at(-1)).toMatchObject({ event: 'transfer', outcome: 'failed' })

        // The reconciler reads it first (never confirmed) and follows Genesys: it did the transfer.
        world.genesys.setConversation(CONVERSATION, [
            agent('disconnected'),
            { id: 'p-bob', purpose: 'agent', state: 'connected', userId: BOB.genesysUserId },
        ])
        expect(world.reconcile()).toMatchObject({ examined: 1, corrected: 1 })
        expect(world.stored(INTERACTION)).toMatchObject({
            status: 'connected',
            owner: BOB.userSysId,
            participantId: 'p-bob',
        })
    })
})
