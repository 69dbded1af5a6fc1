import type { ActionResult } from '../../../src/app/action-result'
import type { AppErrorCode } from '../../../src/app/app-error'
import type { Actor } from '../../../src/app/ports'
import { ROUTING_STATUSES, type RoutingStatus } from '../../../src/domain/routing-status'
import { ACTORS, INTERACTION, SUPPORT_QUEUE, interactionIn } from '../support/fixtures'
import { expectError, expectNothingChanged, onlyRow } from '../support/expectations'
import { createWorld, type World } from '../support/world'

/** Every agent action, with the status it is legal from. */
const ACTIONS: Record<string, { legalFrom: RoutingStatus[]; run(w: World, actor: Actor | null): ActionResult }> = {
    hold: { legalFrom: ['connected'], run: (w, a) => w.service.hold(a, { interactionSysId: INTERACTION }) },
    resume: { legalFrom: ['parked'], run: (w, a) => w.service.resume(a, { interactionSysId: INTERACTION }) },
    transfer: {
        legalFrom: ['connected', 'parked'],
        run: (w, a) => w.service.transfer(a, { interactionSysId: INTERACTION, target: `queue:${SUPPORT_QUEUE}` }),
    },
    disconnect: {
        legalFrom: ['connected', 'parked'],
        run: (w, a) =>
            w.service.disconnect(a, {
                interactionSysId: INTERACTION,
                wrapupCode: '3e5e1ced-0000-4000-8000-00000000000d',
            }),
    },
    createCase: {
        legalFrom: ['connected', 'parked'],
        run: (w, a) => w.service.createCase(a, { interactionSysId: INTERACTION }),
    },
}

const REFUSED_ACTORS: [string, Actor | null, AppErrorCode][] = [
    ['another agent', ACTORS.otherAgent, 'not_owner'],
    ['the integration user', ACTORS.integration, 'forbidden'],
    ['a user without the agent role', ACTORS.noRole, 'forbidden'],
    ['an anonymous caller', ACTORS.anonymous, 'forbidden'],
]

describe.each(Object.entries(ACTIONS))('agent action %s', (_name, action) => {
    const from = action.legalFrom[0]

    it.each([
        ['the owner', ACTORS.owner],
        ['an administrator', ACTORS.admin],
    ])('is applied for %s', (_who, actor) => {
        const world = createWorld({ interactions: [interactionIn(from)] })
        const result = action.run(world, actor)
        expect(result.ok).toBe(true)
        expect(world.stored(INTERACTION)?.status).not.toBe(from)
        expect(onlyRow(world)).toMatchObject({ outcome: 'applied', actor: actor?.userSysId, fromStatus: from })
    })

    it.each(REFUSED_ACTORS)('is refused for %s: nothing changes, one rejected row', (_who, actor, code) => {
        const before = interactionIn(from)
        const world = createWorld({ interactions: [before] })
        const error = expectError(action.run(world, actor), code)
        expect(error.message).toMatch(/\.$/)
        expectNothingChanged(world, before)
        expect(world.cases.created).toEqual([])
        expect(onlyRow(world)).toMatchObject({ outcome: 'rejected', fromStatus: from, toStatus: from })
    })

    it('is not_found for an agent when the interaction does not exist, and writes no row', () => {
        const world = createWorld()
        expectError(action.run(world, ACTORS.owner), 'not_found')
        expect(world.events.entries).toEqual([])
    })

    it('does not tell an anonymous caller whether the interaction exists', () => {
        const world = createWorld()
        expectError(action.run(world, ACTORS.anonymous), 'forbidden')
    })

    const illegal = ROUTING_STATUSES.filter((s) => !action.legalFrom.includes(s))
    it.each(illegal)('is an invalid transition from %s, even for an administrator', (status) => {
        const before = interactionIn(status)
        const world = createWorld({ interactions: [before] })
        const error = expectError(action.run(world, ACTORS.admin), 'invalid_transition')
        expect(error.message).toContain('IMS0001')
        expect(error.message).toContain(status)
        expectNothingChanged(world, before)
        expect(onlyRow(world)).toMatchObject({ outcome: 'rejected', fromStatus: status, toStatus: status })
    })

    it.each(action.legalFrom)('is legal from %s', (status) => {
        const world = createWorld({ interactions: [interactionIn(status)] })
        expect(action.run(world, ACTORS.owner).ok).toBe(true)
    })
})

describe('inputs a bypassed client might send', () => {
    it.each([undefined, '', 42, 'x'.repeat(33)])('rejects interaction id %p as invalid_input', (id) => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const result = world.service.hold(ACTORS.owner, { interactionSysId: id as unknown as string })
        expectError(result, 'invalid_input')
        expect(world.events.entries).toEqual([])
    })
})
