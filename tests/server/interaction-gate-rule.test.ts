import { GlideRecord } from '@servicenow/glide'
import { decideInteractionEdit, type GateDecision } from '../../src/app/form-change'
import { readInteractionEdit } from '../../src/platform/interaction-gate'
import { routingService, workspaceRouting } from '../../src/server/composition-root'
import { interactionGateRule } from '../../src/server/interaction-gate-rule'
import { PROPERTY } from '../../src/platform/property-names'
import { hold } from '../../src/server/workspace-ajax'
import { resumeAction } from '../../src/server/ui-actions/resume-action'
import { GENESYS_ERRORS, scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'
import {
    allRecords,
    glideStats,
    readRecord,
    resetGlideStats,
    seedRecord,
    sessionMessageList,
    setCurrentUser,
    setProperty,
} from '../fakes/glide'
import { CONVERSATION, freshInstance, PARTICIPANT, QUEUE, seedInteraction } from './support/instance'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

const BOB_GENESYS = 'b2222222-2222-4222-8222-222222222222'
const DEFAULT_WRAPUP = '9b999999-9999-4999-8999-999999999999'
const BOB_PARTICIPANT = 'f2222222-2222-4222-8222-222222222222'

/**
 * A save of an interaction as the platform runs it: `previous` is the stored row, `current` carries the user's
 * edit; the before-update rule runs, and the record is written only if the rule did not abort (SDK
 * business-rule-guide.md: "before rules with abortAction prevent the record operation entirely").
 */
function save(sysId: string, edit: Record<string, string>): GlideRecord {
    const previous = new GlideRecord('interaction')
    previous.get(sysId)
    const current = new GlideRecord('interaction')
    current.get(sysId)
    for (const [field, value] of Object.entries(edit)) current.setValue(field, value)
    interactionGateRule(current, previous)
    if (!current.isActionAborted()) current.update()
    return current
}

const messages = () => sessionMessageList().map((m) => `${m.type}: ${m.message}`)
const stored = (sysId: string) => readRecord('interaction', sysId)
const calls = () => mockGenesys.calls.map((c) => [c.method, ...c.args])

let alice: string
let bob: string
let supervisor: string
beforeEach(() => {
    ;({ alice } = freshInstance())
    bob = seedRecord('sys_user', { name: 'Bob Agent', user_name: 'bob', x_gcer_genesys_user_id: BOB_GENESYS })
    // A person the platform lets edit interactions, without the app's roles.
    supervisor = seedRecord('sys_user', { name: 'Sam Supervisor', user_name: 'sam' })
    setCurrentUser({ sysId: supervisor, userName: 'sam', roles: [] })
    mockGenesys = scriptedGenesys()
})

const held = (status: 'connected' | 'parked') =>
    seedInteraction(status, { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })

describe('business rule: State and Assigned to changed outside the app go through the machine', () => {
    it('State -> On Hold parks the participant in Genesys first; the save carries routing status Parked', () => {
        const sysId = held('connected')
        resetGlideStats()
        save(sysId, { state: 'on_hold' })
        expect(calls()).toEqual([['park', CONVERSATION, PARTICIPANT]])
        expect(stored(sysId)).toMatchObject({ state: 'on_hold', x_gcer_routing_status: 'parked', assigned_to: alice })
        // One write of the interaction: the user's save, carrying the machine's fields (no second update).
        expect(glideStats().tables.interaction.writes).toBe(1)
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'hold', outcome: 'applied', actor: supervisor }),
        ])
        expect(messages()).toEqual([`info: ${stored(sysId)?.number} is On Hold (parked).`])
    })

    it('State -> On Hold refused by Genesys: the save is aborted, the reason shown, nothing changed', () => {
        const sysId = held('connected')
        const before = stored(sysId)
        mockGenesys.failNext('park', GENESYS_ERRORS.notFound())
        const current = save(sysId, { state: 'on_hold' })
        expect(current.isActionAborted()).toBe(true)
        expect(stored(sysId)).toEqual(before)
        expect(messages()).toEqual([
            expect.stringMatching(
                /^error: Not saved: Genesys Cloud refused to park the email: The participant was not found .*Nothing was changed\.$/
            ),
        ])
        expect(allRecords('x_gcer_outbox')).toEqual([])
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'hold', outcome: 'failed' }),
        ])
    })

    it('State -> On Hold while Genesys is unavailable: aborted, nothing queued (Genesys must agree first)', () => {
        const sysId = held('connected')
        mockGenesys.failNext('park', GENESYS_ERRORS.unavailable())
        expect(save(sysId, { state: 'on_hold' }).isActionAborted()).toBe(true)
        expect(stored(sysId)).toMatchObject({ state: 'work_in_progress', x_gcer_routing_status: 'connected' })
        expect(allRecords('x_gcer_outbox')).toEqual([])
    })

    it('State -> Work In Progress from On Hold un-parks it to the same agent', () => {
        const sysId = held('parked')
        save(sysId, { state: 'work_in_progress' })
        expect(calls().map((c) => c[0])).toEqual(['unpark'])
        expect(stored(sysId)).toMatchObject({
            state: 'work_in_progress',
            x_gcer_routing_status: 'connected',
            assigned_to: alice,
        })
    })

    it.each(['closed_complete', 'closed_abandoned'])(
        'State -> %s disconnects with the default wrap-up and closes at once',
        (state) => {
            const sysId = held('connected')
            save(sysId, { state })
            expect(calls()).toEqual([['disconnectWithWrapup', CONVERSATION, PARTICIPANT, { code: DEFAULT_WRAPUP }]])
            // The machine's state wins: disconnecting an agent's email is Closed Complete (abandoned = no agent).
            expect(stored(sysId)).toMatchObject({
                state: 'closed_complete',
                x_gcer_routing_status: 'closed',
                assigned_to: alice,
            })
            expect(stored(sysId)?.closed_at).toBeTruthy()
        }
    )

    it('State -> Closed while Genesys is unavailable still closes; the disconnect waits in the outbox', () => {
        const sysId = held('parked')
        mockGenesys.failNext('disconnectWithWrapup', GENESYS_ERRORS.unavailable())
        const current = save(sysId, { state: 'closed_complete' })
        expect(current.isActionAborted()).toBe(false)
        expect(stored(sysId)).toMatchObject({ state: 'closed_complete', x_gcer_routing_status: 'closed' })
        expect(allRecords('x_gcer_outbox')).toEqual([
            expect.objectContaining({ interaction: sysId, operation: 'disconnect', state: 'pending' }),
        ])
    })

    it('State -> Closed without a default wrap-up configured is refused: aborted, still connected', () => {
        setProperty(PROPERTY.defaultWrapupCode, '')
        const sysId = held('connected')
        expect(save(sysId, { state: 'closed_complete' }).isActionAborted()).toBe(true)
        expect(stored(sysId)).toMatchObject({ state: 'work_in_progress', x_gcer_routing_status: 'connected' })
        expect(messages()).toEqual([expect.stringMatching(/^error: Not saved: Choose a wrap-up code; no default/)])
        expect(calls()).toEqual([])
    })

    it('Assigned to -> a mapped agent while held transfers to that agent in Genesys first', () => {
        const sysId = held('parked')
        save(sysId, { assigned_to: bob })
        expect(calls()).toEqual([['transferToAgent', CONVERSATION, PARTICIPANT, BOB_GENESYS]])
        // Every transfer releases the owner; Genesys offers it to Bob and its event assigns him.
        expect(stored(sysId)).toMatchObject({
            x_gcer_routing_status: 'queued',
            state: 'new',
            assigned_to: null,
            x_gcer_pending_target: `agent:${BOB_GENESYS}`,
        })
    })

    it('Assigned to -> an unmapped user is refused with the reason; nothing changes', () => {
        const sysId = held('connected')
        const before = stored(sysId)
        const current = save(sysId, { assigned_to: supervisor })
        expect(current.isActionAborted()).toBe(true)
        expect(stored(sysId)).toEqual(before)
        expect(messages()).toEqual([expect.stringMatching(/^error: Not saved: .*not mapped to a Genesys Cloud user/)])
        expect(calls()).toEqual([])
    })

    it('Assigned to -> a mapped agent refused by Genesys: aborted, nothing changes', () => {
        const sysId = held('connected')
        const before = stored(sysId)
        mockGenesys.failNext('transferToAgent', GENESYS_ERRORS.badRequest())
        expect(save(sysId, { assigned_to: bob }).isActionAborted()).toBe(true)
        expect(stored(sysId)).toEqual(before)
        expect(messages()).toEqual([expect.stringMatching(/^error: Not saved: Genesys Cloud refused/)])
    })

    it('State -> On Hold on a queued interaction is refused by the machine (no agent works it)', () => {
        const sysId = seedInteraction('queued')
        expect(save(sysId, { state: 'on_hold' }).isActionAborted()).toBe(true)
        expect(messages()).toEqual([expect.stringMatching(/^error: Not saved: .*no agent is working it/)])
        expect(calls()).toEqual([])
    })

    it('State -> New by hand is refused', () => {
        const sysId = held('connected')
        expect(save(sysId, { state: 'new' }).isActionAborted()).toBe(true)
        expect(stored(sysId)).toMatchObject({ state: 'work_in_progress' })
    })

    it('leaves interactions the app does not route alone', () => {
        const sysId = seedRecord('interaction', { type: 'chat', state: 'work_in_progress', assigned_to: alice })
        const current = save(sysId, { state: 'on_hold', assigned_to: bob })
        expect(current.isActionAborted()).toBe(false)
        expect(stored(sysId)).toMatchObject({ state: 'on_hold', assigned_to: bob })
        expect(calls()).toEqual([])
    })

    it('a save that changes neither State nor Assigned to does nothing', () => {
        const sysId = held('connected')
        save(sysId, { short_description: 'Invoice question (VAT)' })
        expect(calls()).toEqual([])
        expect(allRecords('x_gcer_routing_event')).toEqual([])
    })
})

describe("the app's own updates do not re-enter the gate", () => {
    /** Runs the gate before every interaction update, as the platform would, and records what it decided. */
    function withGateOnEveryUpdate(work: () => void): GateDecision[] {
        const decisions: GateDecision[] = []
        const update = GlideRecord.prototype.update
        const spy = jest.spyOn(GlideRecord.prototype, 'update').mockImplementation(function (this: GlideRecord) {
            if (this.getTableName() === 'interaction' && this.getUniqueValue()) {
                const previous = new GlideRecord('interaction')
                if (previous.get(this.getUniqueValue() as string)) {
                    const edit = readInteractionEdit(this, previous)
                    if (edit) decisions.push(decideInteractionEdit(edit))
                    interactionGateRule(this, previous)
                    if (this.isActionAborted()) return null
                }
            }
            return update.call(this)
        })
        try {
            work()
        } finally {
            spy.mockRestore()
        }
        return decisions
    }

    it('Hold, Resume, a Genesys read moving the owner, Transfer, Disconnect: every update is the app, none acted on', () => {
        const sysId = held('connected')
        setCurrentUser({ sysId: alice, userName: 'alice', roles: ['x_gcer.agent'] })
        const current = { getUniqueValue: () => sysId } as never
        const decisions = withGateOnEveryUpdate(() => {
            hold({ getParameter: (n: string) => (n === 'sysparm_interaction' ? sysId : null) })
            resumeAction(current)
            const { service, actor } = workspaceRouting()
            expect(service.transfer(actor, { interactionSysId: sysId, target: `agent:${bob}` }).ok).toBe(true)
            // Genesys offers it to Bob: the integration user's read assigns him (owner written with a participant).
            mockGenesys.setConversation(CONVERSATION, [
                { id: 'p-customer', purpose: 'customer', state: 'connected' },
                { id: BOB_PARTICIPANT, purpose: 'agent', state: 'connected', userId: BOB_GENESYS, queueId: QUEUE },
            ])
            setCurrentUser({ sysId: 'integration', userName: 'genesys.integration', roles: ['x_gcer.integration'] })
            expect(
                routingService().genesysEvent(
                    { userSysId: 'integration', isAgent: false, isAdmin: false, isIntegration: true },
                    {
                        topicName: `v2.detail.events.conversation.${CONVERSATION}.user.start`,
                        eventTime: Date.UTC(2024, 11, 31, 23, 59, 0),
                        conversationId: CONVERSATION,
                        participantId: BOB_PARTICIPANT,
                        sessionId: null,
                        userId: BOB_GENESYS,
                        queueId: QUEUE,
                    } as never
                ).ok
            ).toBe(true)
            setCurrentUser({ sysId: bob, userName: 'bob', roles: ['x_gcer.agent'] })
            const bobs = workspaceRouting()
            expect(bobs.service.disconnect(bobs.actor, { interactionSysId: sysId }).ok).toBe(true)
        })
        expect(decisions.length).toBeGreaterThanOrEqual(5)
        expect(decisions.every((d) => d.kind === 'none')).toBe(true)
        expect(stored(sysId)).toMatchObject({
            x_gcer_routing_status: 'closed',
            state: 'closed_complete',
            assigned_to: bob,
        })
        expect(calls().map((c) => c[0])).toEqual([
            'park',
            'unpark',
            'transferToAgent',
            'getEmailConversation',
            'disconnectWithWrapup',
        ])
    })
})
