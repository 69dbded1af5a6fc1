import { PROPERTY } from '../../src/platform/property-names'
import { propertyGuardRule } from '../../src/server/property-guard-rule'
import { GlideRecord } from '@servicenow/glide'
import { resetGlide, sessionMessageList, setProperty } from '../fakes/glide'

const BILLING = '11111111-2222-4333-8444-555555555555'

/** The sys_properties row as a before business rule sees it: the new value, not yet saved. */
function saving(name: string, value: string): GlideRecord {
    const gr = new GlideRecord('sys_properties')
    gr.initialize()
    gr.setValue('name', name)
    gr.setValue('value', value)
    return gr
}

beforeEach(() => {
    resetGlide({ schema: true })
    setProperty(PROPERTY.provider, 'ServiceNow')
})

describe('business rule: validate x_gcer properties on save', () => {
    it('aborts the save of malformed queue mappings and tells the admin why', () => {
        const gr = saving(PROPERTY.queueMappings, '[{"queueId": 1}')
        propertyGuardRule(gr)
        expect(gr.isActionAborted()).toBe(true)
        expect(sessionMessageList()).toEqual([
            {
                type: 'error',
                message: expect.stringMatching(
                    /^Not saved: x_gcer.genesys.queue_mappings invalid queue mappings: .*not valid JSON/
                ),
            },
        ])
    })

    it('lets a valid value through untouched', () => {
        const gr = saving(
            PROPERTY.queueMappings,
            JSON.stringify([{ queueId: BILLING, name: 'Billing', default: true }])
        )
        propertyGuardRule(gr)
        expect(gr.isActionAborted()).toBe(false)
        expect(sessionMessageList()).toEqual([])
    })

    it('ignores properties of other apps', () => {
        const gr = saving('glide.ui.something', 'anything at all')
        propertyGuardRule(gr)
        expect(gr.isActionAborted()).toBe(false)
    })
})
