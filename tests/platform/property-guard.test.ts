import { PROPERTY } from '../../src/platform/property-names'
import { propertyGuardRule } from '../../src/server/property-guard-rule'
import { GlideRecord } from '@servicenow/glide'
import { deletingInBusinessRule, resetGlide, seedRecord, sessionMessageList, setProperty } from '../fakes/glide'
import { GENESYS_ERRORS, scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'

let mockGenesys: ScriptedGenesys | null = null
jest.mock('../../src/platform/genesys/platform-genesys-api', () => {
    const actual = jest.requireActual('../../src/platform/genesys/platform-genesys-api')
    return {
        createPlatformGenesysApi: (mode: string) =>
            mockGenesys ? mockGenesys.api : actual.createPlatformGenesysApi(mode),
    }
})

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
    resetGlide()
    setProperty(PROPERTY.provider, 'ServiceNow')
    mockGenesys = null
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

    it('refuses to delete a property the app reads, and says what to do instead', () => {
        const sysId = seedRecord('sys_properties', { name: PROPERTY.provider, value: 'ServiceNow' })
        const stored = new GlideRecord('sys_properties')
        expect(stored.get(sysId)).toBe(true)
        propertyGuardRule(deletingInBusinessRule(stored))
        expect(stored.isActionAborted()).toBe(true)
        expect(sessionMessageList()).toEqual([
            {
                type: 'error',
                message: expect.stringMatching(/^Not deleted: Genesys Email Routing reads x_gcer\.genesys\.provider;/),
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

    describe('a mapping Genesys can be asked about', () => {
        const RETURNS = '66666666-7777-4888-8999-000000000000'
        const mapping = JSON.stringify([
            { queueId: BILLING, name: 'Billing', default: true },
            { queueId: RETURNS, name: 'Returns' },
        ])

        it('is saved, with a warning naming each mapped queue Genesys does not have', () => {
            mockGenesys = scriptedGenesys()
            mockGenesys.api.listQueues = () => ({ ok: true, value: [{ id: BILLING, name: 'Billing' }] })
            const gr = saving(PROPERTY.queueMappings, mapping)
            propertyGuardRule(gr)
            expect(gr.isActionAborted()).toBe(false)
            expect(sessionMessageList()).toEqual([
                { type: 'error', message: expect.stringContaining(`Genesys Cloud has no queue Returns (${RETURNS})`) },
            ])
        })

        it('is saved without a word when Genesys has every mapped queue', () => {
            mockGenesys = scriptedGenesys()
            mockGenesys.api.listQueues = () => ({
                ok: true,
                value: [
                    { id: BILLING.toUpperCase(), name: 'Billing' },
                    { id: RETURNS, name: 'Returns' },
                ],
            })
            propertyGuardRule(saving(PROPERTY.queueMappings, mapping))
            expect(sessionMessageList()).toEqual([])
        })

        it('is saved, saying the check could not run, when Genesys is unavailable', () => {
            mockGenesys = scriptedGenesys()
            mockGenesys.goDown(GENESYS_ERRORS.unavailable())
            const gr = saving(PROPERTY.queueMappings, mapping)
            propertyGuardRule(gr)
            expect(gr.isActionAborted()).toBe(false)
            expect(sessionMessageList()).toEqual([
                {
                    type: 'info',
                    message: 'Saved; the queues could not be checked against Genesys Cloud (unavailable).',
                },
            ])
        })
    })
})
