import { ACTORS, BILLING_QUEUE, BOB, INTERACTION, SUPPORT_QUEUE, interactionIn } from '../support/fixtures'
import { expectError, expectOk } from '../support/expectations'
import { createWorld } from '../support/world'

const input = { interactionSysId: INTERACTION }

describe('transfer options for the Transfer Email modal', () => {
    it('lists mapped queues, then active mapped agents other than the owner', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        const { options } = expectOk(world.service.transferOptions(ACTORS.owner, input))
        expect(options).toEqual([
            { kind: 'queue', value: `queue:${BILLING_QUEUE}`, label: 'Billing' },
            { kind: 'queue', value: `queue:${SUPPORT_QUEUE}`, label: 'Support' },
            { kind: 'agent', value: `agent:${BOB.userSysId}`, label: 'Bob Agent' },
        ])
    })

    it('excludes the owner even when an administrator asks', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        const { options } = expectOk(world.service.transferOptions(ACTORS.admin, input))
        expect(options.map((o) => o.value)).not.toContain('agent:user-alice')
    })

    it('writes no history and calls no Genesys API', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectOk(world.service.transferOptions(ACTORS.owner, input))
        expect(world.events.entries).toEqual([])
        expect(world.genesys.calls).toEqual([])
    })

    it.each([
        [ACTORS.otherAgent, 'not_owner'],
        [ACTORS.integration, 'forbidden'],
        [ACTORS.anonymous, 'forbidden'],
    ] as const)('follows the transfer actor rules (%p)', (actor, code) => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        expectError(world.service.transferOptions(actor, input), code)
    })

    it.each(['queued', 'closed', 'abandoned'] as const)('offers nothing for a %s interaction', (status) => {
        const world = createWorld({ interactions: [interactionIn(status)] })
        expectError(world.service.transferOptions(ACTORS.admin, input), 'invalid_transition')
    })

    it('reports malformed mappings as a configuration error', () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.config.breakWith({ property: 'x_gcer.genesys.queue_mappings', message: '[0].queueId is required' })
        expectError(world.service.transferOptions(ACTORS.owner, input), 'configuration')
    })

    it('is not_found for a missing interaction', () => {
        expectError(createWorld().service.transferOptions(ACTORS.owner, input), 'not_found')
    })
})
