import { ACTORS, BILLING_QUEUE, INTERACTION, interactionIn } from '../support/fixtures'
import { expectError, expectOk } from '../support/expectations'
import { GENESYS_ERRORS } from '../support/scripted-genesys'
import { createWorld } from '../support/world'

const input = { interactionSysId: INTERACTION }
const DEFAULT = '3e5e1ced-0000-4000-8000-00000000000d'
const SOLD = '3e5e1ced-0000-4000-8000-00000000005d'
const CALLBACK = '3e5e1ced-0000-4000-8000-0000000000cb'

describe('wrap-up codes for the Disconnect modal', () => {
    it("offers the configured default first, then the queue's codes by name, asking Genesys once", () => {
        const world = createWorld({ interactions: [interactionIn('connected')] })
        world.genesys.setWrapupCodes(BILLING_QUEUE, [
            { id: SOLD, name: 'Sold' },
            { id: DEFAULT.toUpperCase(), name: 'Resolved' },
            { id: CALLBACK, name: 'Callback' },
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
        expect(world.genesys.calls.map((c) => [c.method, ...c.args])).toEqual([['listQueueWrapupCodes', BILLING_QUEUE]])
        expect(world.events.entries).toEqual([])
    })

    it('still offers the default when Genesys cannot list the codes, and says so', () => {
        const world = createWorld({ interactions: [interactionIn('parked')] })
        world.genesys.failNext('listQueueWrapupCodes', GENESYS_ERRORS.unavailable())
        const result = expectOk(world.service.wrapupOptions(ACTORS.owner, input))
        expect(result.options).toEqual([{ value: DEFAULT, label: 'Default wrap-up' }])
        expect(result.notice).toMatch(/could not list .*only the default is offered/)
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
