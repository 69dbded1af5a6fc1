/**
 * Platform code's view: imports from '@servicenow/glide' are type-checked against the real declarations
 * (tsc) and run on the fakes (jest moduleNameMapper). Every fake method used here therefore has a call
 * shape the real .d.ts accepts.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import * as fake from '../fakes/glide'

beforeEach(() => fake.resetGlide())

function findOpenInteraction(conversationId: string): string | null {
    const gr = new GlideRecord('interaction')
    gr.addQuery('x_gcer_conversation_id', conversationId)
    gr.addQuery('state', '!=', 'closed_complete')
    gr.addNotNullQuery('x_gcer_routing_status')
    gr.orderByDesc('sys_created_on')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr.getUniqueValue() : null
}

describe("the fakes behind '@servicenow/glide'", () => {
    it('is the same module instance as tests/fakes/glide', () => {
        expect(GlideRecord).toBe(fake.GlideRecord)
        expect(gs).toBe(fake.gs)
        expect(GlideDateTime).toBe(fake.GlideDateTime)
    })

    it('runs platform-style code typed against the real declarations', () => {
        fake.setCurrentUser({ sysId: 'd'.repeat(32), userName: 'agent', roles: ['x_gcer.agent'] })
        const gr = new GlideRecord('interaction')
        gr.initialize()
        gr.setValue('x_gcer_conversation_id', 'conv-1')
        gr.setValue('x_gcer_routing_status', 'connected')
        gr.setValue('state', 'work_in_progress')
        gr.setValue('assigned_to', gs.getUserID())
        gr.setValue('opened_at', new GlideDateTime().getValue())
        const id = gr.insert()
        expect(findOpenInteraction('conv-1')).toBe(id)

        const again = new GlideRecord('interaction')
        expect(again.get(id as string)).toBe(true)
        again.setValue('state', 'closed_complete')
        again.update()
        expect(findOpenInteraction('conv-1')).toBeNull()

        const event = new GlideRecord('x_gcer_routing_event')
        event.addEncodedQuery('interaction=' + id + '^ORDERBYsys_created_on')
        event.query()
        expect(event.next()).toBe(false)
        gs.info('closed {0}', again.getDisplayValue('number'))
        gs.eventQueue('x_gcer.closed', again, again.getValue('number'), '')
        expect(gs.hasRole('x_gcer.agent') && again.isValidRecord()).toBe(true)
        expect(fake.queuedEvents()[0].parm1).toBe('IMS0000001')
        expect(fake.glideStats()).toMatchObject({ reads: 4, writes: 2 })
    })
})
