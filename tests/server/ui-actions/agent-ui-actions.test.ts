import { createCaseAction } from '../../../src/server/ui-actions/create-case-action'
import { resumeAction } from '../../../src/server/ui-actions/resume-action'
import { scriptedGenesys, type ScriptedGenesys } from '../../app/support/scripted-genesys'
import { allRecords, queuedEvents, readRecord, seedRecord, sessionMessageList, setCurrentUser } from '../../fakes/glide'
import { freshInstance, PARTICIPANT, seedInteraction } from '../support/instance'

let mockGenesys: ScriptedGenesys
jest.mock('../../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

/** What the UI action's `current` offers the module script. */
const current = (sysId: string) => ({ getUniqueValue: () => sysId }) as never

let alice: string
beforeEach(() => {
    ;({ alice } = freshInstance())
    mockGenesys = scriptedGenesys()
    setCurrentUser({ sysId: alice, userName: 'alice', roles: ['x_gcer.agent'] })
})

const messages = () => sessionMessageList().map((m) => `${m.type}: ${m.message}`)

describe('Workspace UI actions (server side)', () => {
    it('Resume un-parks to the same agent', () => {
        const sysId = seedInteraction('parked', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        resumeAction(current(sysId))
        expect(readRecord('interaction', sysId)).toMatchObject({
            x_gcer_routing_status: 'connected',
            assigned_to: alice,
        })
        expect(mockGenesys.calls.map((c) => c.method)).toEqual(['unpark'])
    })

    it('Create Case links a case, queues the customer notification and closes with the case-created code', () => {
        const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })
        const sysId = seedInteraction('parked', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT, contact })
        createCaseAction(current(sysId))
        const [kase] = allRecords('sn_customerservice_case')
        expect(kase).toBeDefined()
        expect(allRecords('interaction_related_record')).toEqual([
            expect.objectContaining({ interaction: sysId, document_id: kase.sys_id }),
        ])
        expect(queuedEvents()).toEqual([
            // On the case, to the contact: the customer's reply threads to the case (fluent/email.now.ts).
            expect.objectContaining({
                name: 'x_gcer.case_created',
                table: 'sn_customerservice_case',
                sysId: kase.sys_id,
                parm1: 'carla@example.com',
                parm2: kase.number,
            }),
        ])
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'closed' })
        expect(mockGenesys.calls.map((c) => [c.method, (c.args[2] as { code: string }).code])).toEqual([
            ['disconnectWithWrapup', '9a999999-9999-4999-8999-999999999999'],
        ])
        expect(messages()[0]).toMatch(new RegExp(`^info: .*${kase.number}`))
    })

    it('refuses an agent who does not own the interaction, changing nothing', () => {
        const bob = seedRecord('sys_user', { name: 'Bob', user_name: 'bob' })
        const sysId = seedInteraction('parked', { assigned_to: bob, x_gcer_participant_id: PARTICIPANT })
        resumeAction(current(sysId))
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'parked', assigned_to: bob })
        expect(mockGenesys.calls).toEqual([])
        expect(messages()).toEqual([expect.stringMatching(/^error: /)])
    })
})
