import * as ajax from '../../src/server/workspace-ajax'
import { GENESYS_ERRORS, scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'
import { logLines, queuedEvents, readRecord, seedRecord, setCurrentUser, setNow } from '../fakes/glide'
import { CONVERSATION, freshInstance, PARTICIPANT, QUEUE, seedInteraction } from './support/instance'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

/** Calls a module function as the GlideAjax bridge does: with the processor (getParameter); the answer is JSON. */
type Method = 'getTransferOptions' | 'transfer' | 'getWrapupCodes' | 'disconnect' | 'hold' | 'reply'

function call(method: Method, params: Record<string, string>): Record<string, unknown> {
    const processor = { getParameter: (name: string) => (name in params ? params[name] : null) }
    return JSON.parse(ajax[method](processor))
}

let alice: string
let bob: string
beforeEach(() => {
    ;({ alice } = freshInstance())
    bob = seedRecord('sys_user', {
        name: 'Bob Agent',
        user_name: 'bob',
        x_gcer_genesys_user_id: 'b2222222-2222-4222-8222-222222222222',
    })
    seedRecord('sys_user', { name: 'Unmapped Uma', user_name: 'uma' })
    mockGenesys = scriptedGenesys()
    setCurrentUser({ sysId: alice, userName: 'alice', roles: ['x_gcer.agent'] })
})

describe('workspace-ajax getTransferOptions', () => {
    it('offers the mapped queue and the mapped agents other than the owner, nothing unmapped', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        expect(call('getTransferOptions', { sysparm_interaction: sysId })).toEqual({
            ok: true,
            options: [
                { value: `queue:${QUEUE}`, label: 'Billing', kind: 'queue' },
                { value: `agent:${bob}`, label: 'Bob Agent', kind: 'agent' },
            ],
        })
    })

    it('tells a non-owner agent why there is nothing to offer', () => {
        const sysId = seedInteraction('connected', { assigned_to: bob, x_gcer_participant_id: PARTICIPANT })
        expect(call('getTransferOptions', { sysparm_interaction: sysId })).toMatchObject({
            ok: false,
            code: 'not_owner',
        })
    })

    it('answers a missing interaction parameter with a clear error', () => {
        expect(call('getTransferOptions', {})).toMatchObject({ ok: false, code: 'invalid_input' })
    })
})

describe('workspace-ajax transfer', () => {
    it('transfers to a mapped queue: Genesys replace/queue, owner released, back to queued', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        expect(call('transfer', { sysparm_interaction: sysId, sysparm_target: `queue:${QUEUE}` })).toMatchObject({
            ok: true,
        })
        expect(mockGenesys.calls.map((c) => [c.method, ...c.args])).toEqual([
            ['transferToQueue', CONVERSATION, PARTICIPANT, QUEUE],
        ])
        expect(readRecord('interaction', sysId)).toMatchObject({
            x_gcer_routing_status: 'queued',
            state: 'new',
            assigned_to: null,
            x_gcer_pending_target: `queue:${QUEUE}`,
        })
    })

    it('refuses an unmapped target sent by a bypassed modal, without calling Genesys', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        const reply = call('transfer', {
            sysparm_interaction: sysId,
            sysparm_target: 'queue:00000000-0000-4000-8000-000000000000',
        })
        expect(reply).toMatchObject({ ok: false, code: 'unmapped_queue' })
        expect(mockGenesys.calls).toEqual([])
        expect(readRecord('interaction', sysId)).toMatchObject({
            x_gcer_routing_status: 'connected',
            assigned_to: alice,
        })
    })

    it('keeps the agent on the email when Genesys is unavailable, and says so', () => {
        const sysId = seedInteraction('parked', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        mockGenesys.failNext('transferToAgent', GENESYS_ERRORS.unavailable())
        const reply = call('transfer', { sysparm_interaction: sysId, sysparm_target: `agent:${bob}` })
        expect(reply).toMatchObject({ ok: false, code: 'genesys_unavailable' })
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'parked', assigned_to: alice })
    })
})

describe('workspace-ajax getWrapupCodes and disconnect', () => {
    const RESOLVED = '9b999999-9999-4999-8999-999999999999'
    const CALLBACK = '9c999999-9999-4999-8999-999999999999'

    it("offers the participant's wrap-up codes (Genesys participant wrapupcodes) with the default preselected", () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        mockGenesys.setParticipantWrapupCodes(PARTICIPANT, [
            { id: CALLBACK, name: 'Callback requested' },
            { id: RESOLVED, name: 'Resolved' },
        ])
        expect(call('getWrapupCodes', { sysparm_interaction: sysId })).toEqual({
            ok: true,
            options: [
                { value: RESOLVED, label: 'Resolved' },
                { value: CALLBACK, label: 'Callback requested' },
            ],
            defaultValue: RESOLVED,
            notice: null,
        })
    })

    it('disconnects with the chosen code in one Genesys request and closes the interaction', () => {
        const sysId = seedInteraction('parked', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        expect(call('disconnect', { sysparm_interaction: sysId, sysparm_wrapup: CALLBACK })).toMatchObject({
            ok: true,
        })
        expect(
            mockGenesys.calls.map((c) => [c.method, c.args[0], c.args[1], (c.args[2] as { code: string }).code])
        ).toEqual([['disconnectWithWrapup', CONVERSATION, PARTICIPANT, CALLBACK]])
        expect(readRecord('interaction', sysId)).toMatchObject({
            x_gcer_routing_status: 'closed',
            state: 'closed_complete',
        })
    })

    it('refuses a wrap-up code that is not a Genesys id, changing nothing', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        expect(call('disconnect', { sysparm_interaction: sysId, sysparm_wrapup: 'Resolved' })).toMatchObject({
            ok: false,
            code: 'invalid_input',
        })
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'connected' })
        expect(mockGenesys.calls).toEqual([])
    })
})

// Hold modal: "Resume at" as the date-time field gives it (read with GlideDateTime.setDisplayValue; the fakes
// show UTC) or ISO-8601, sent to Genesys as ParkingStateRequest.resumeTime (genesys-api.ts park).
describe('workspace-ajax when a bug throws', () => {
    it('still answers JSON the modal can show, and logs the cause for the administrator', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        mockGenesys.api.park = () => {
            throw new Error('unexpected null at line 7')
        }
        expect(call('hold', { sysparm_interaction: sysId, sysparm_resume_time: '' })).toEqual({
            ok: false,
            code: 'internal_error',
            message: expect.stringMatching(/^ServiceNow hit an unexpected error; .*Reload the interaction/),
        })
        expect(logLines('error').map((l) => l.message)).toEqual([expect.stringContaining('workspace hold failed')])
    })
})

describe('workspace-ajax hold', () => {
    const NOW = Date.parse('2026-12-02T15:00:00Z')
    beforeEach(() => setNow(NOW))

    it('parks until the resume time the agent picked: Genesys gets it as ISO-8601, the interaction shows it', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        const reply = call('hold', { sysparm_interaction: sysId, sysparm_resume_time: '2026-12-03 09:00:00' })
        expect(reply).toMatchObject({ ok: true, message: expect.stringContaining('until 2026-12-03T09:00:00Z') })
        expect(mockGenesys.calls.map((c) => [c.method, ...c.args])).toEqual([
            ['park', CONVERSATION, PARTICIPANT, '2026-12-03T09:00:00Z'],
        ])
        expect(readRecord('interaction', sysId)).toMatchObject({
            x_gcer_routing_status: 'parked',
            state: 'on_hold',
            x_gcer_parked_until: '2026-12-03 09:00:00',
        })
    })

    it('parks without a resume time when the field is empty', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        expect(call('hold', { sysparm_interaction: sysId, sysparm_resume_time: '' })).toMatchObject({ ok: true })
        expect(mockGenesys.calls.map((c) => [c.method, ...c.args])).toEqual([['park', CONVERSATION, PARTICIPANT]])
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'parked' })
    })

    it('parks in Genesys and puts the email On Hold for its owner', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        expect(call('hold', { sysparm_interaction: sysId, sysparm_resume_time: '' })).toMatchObject({
            ok: true,
            message: expect.any(String),
        })
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'parked', state: 'on_hold' })
    })

    it('keeps the email connected when Genesys refuses the park, and gives the wait', () => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        mockGenesys.failNext('park', GENESYS_ERRORS.rateLimited(20))
        expect(call('hold', { sysparm_interaction: sysId, sysparm_resume_time: '' })).toMatchObject({
            ok: false,
            message: expect.stringContaining('20 seconds'),
        })
        expect(readRecord('interaction', sysId)).toMatchObject({
            x_gcer_routing_status: 'connected',
            state: 'work_in_progress',
        })
    })

    it('refuses an agent who does not own the email, calling nothing', () => {
        const sysId = seedInteraction('connected', { assigned_to: bob, x_gcer_participant_id: PARTICIPANT })
        expect(call('hold', { sysparm_interaction: sysId, sysparm_resume_time: '' })).toMatchObject({ ok: false })
        expect(mockGenesys.calls).toEqual([])
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: bob })
    })

    it.each([
        ['in the past', '2026-12-01 09:00:00', 'must be in the future'],
        ['beyond Genesys 7 days', '2026-12-10 09:00:00', 'within 7 days'],
        ['unreadable', 'next tuesday', 'must be a date and time'],
    ])('refuses a resume time %s, calling nothing and changing nothing', (_case, value, says) => {
        const sysId = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        expect(call('hold', { sysparm_interaction: sysId, sysparm_resume_time: value })).toMatchObject({
            ok: false,
            message: expect.stringContaining(says),
        })
        expect(mockGenesys.calls).toEqual([])
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'connected' })
    })
})

describe('GenesysEmailRoutingAjax.reply', () => {
    it("sends the session user's reply for the interaction they own, nothing sent to Genesys", () => {
        const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })
        const sysId = seedInteraction('parked', { assigned_to: alice, contact, x_gcer_participant_id: PARTICIPANT })
        expect(call('reply', { sysparm_interaction: sysId, sysparm_message: 'Refund issued.' })).toMatchObject({
            ok: true,
        })
        expect(queuedEvents()).toEqual([
            expect.objectContaining({ name: 'x_gcer.agent_reply', sysId, parm2: 'Refund issued.' }),
        ])
        expect(mockGenesys.calls).toEqual([])
        expect(readRecord('interaction', sysId)).toMatchObject({ x_gcer_routing_status: 'parked', assigned_to: alice })
    })

    it('refuses a reply on an interaction the session user does not own', () => {
        const sysId = seedInteraction('connected', { assigned_to: bob })
        expect(call('reply', { sysparm_interaction: sysId, sysparm_message: 'Hi' })).toMatchObject({
            ok: false,
            code: 'not_owner',
        })
        expect(queuedEvents()).toEqual([])
    })
})
