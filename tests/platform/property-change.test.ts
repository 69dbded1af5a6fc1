import { PROPERTY } from '../../src/platform/property-names'
import { describeProblems, problemsWithChange } from '../../src/platform/settings/property-change'
import type { PropertySource } from '../../src/platform/settings/settings-problem'

const BILLING = '11111111-2222-4333-8444-555555555555'
const RETURNS = '11111111-2222-4333-8444-666666666666'

const source =
    (values: Record<string, string>): PropertySource =>
    (name) =>
        name in values ? values[name] : null

const CONFIGURED = source({
    [PROPERTY.environment]: 'mypurecloud.ie',
    [PROPERTY.credentialAlias]: 'alias-sys-id',
    [PROPERTY.provider]: 'ServiceNow',
    [PROPERTY.queueMappings]: JSON.stringify([
        { queueId: BILLING, name: 'Billing' },
        { queueId: RETURNS, name: 'Returns' },
    ]),
    [PROPERTY.defaultQueueId]: BILLING,
})

const codes = (name: string, value: string | null, current: PropertySource = CONFIGURED) =>
    problemsWithChange(name, value, current).map((p) => `${p.property}: ${p.code}`)

describe('validating a property change before it is saved', () => {
    it('accepts a valid new queue mapping', () => {
        const mappings = JSON.stringify([
            { queueId: BILLING, name: 'Billing' },
            { queueId: RETURNS, name: 'Returns and refunds' },
        ])
        expect(codes(PROPERTY.queueMappings, mappings)).toEqual([])
    })

    it('refuses malformed mapping JSON, naming the entry and key at fault', () => {
        const problems = problemsWithChange(
            PROPERTY.queueMappings,
            '[{"queueId": "billing", "name": "Billing"}]',
            CONFIGURED
        )
        expect(problems.map((p) => p.code)).toContain('invalid_queue_mappings')
        expect(describeProblems(problems)).toContain('[0].queueId')
    })

    it('refuses a mapping that drops the configured default queue (the problem is on the default queue)', () => {
        const onlyReturns = JSON.stringify([{ queueId: RETURNS, name: 'Returns' }])
        expect(codes(PROPERTY.queueMappings, onlyReturns)).toEqual([
            `${PROPERTY.defaultQueueId}: unmapped_default_queue`,
        ])
    })

    it('refuses a default queue that is not mapped', () => {
        expect(codes(PROPERTY.defaultQueueId, '99999999-2222-4333-8444-555555555555')).toEqual([
            `${PROPERTY.defaultQueueId}: unmapped_default_queue`,
        ])
    })

    it.each([
        [PROPERTY.httpTimeoutMs, '10s', 'not_an_integer'],
        [PROPERTY.httpTimeoutMs, '120000', 'out_of_range'],
        [PROPERTY.outboxMaxAttempts, '0', 'out_of_range'],
        [PROPERTY.inboundMaxPayloadBytes, '1e6', 'not_an_integer'],
        [PROPERTY.environment, 'genesys.example.com', 'unknown_environment'],
        [PROPERTY.caseCreatedWrapupCode, 'Case created', 'invalid_genesys_id'],
        [PROPERTY.provider, '', 'required'],
        [PROPERTY.inboundMailboxes, 'support', 'invalid_email_address'],
    ])('refuses %s = %p (%s)', (name, value, code) => {
        expect(codes(name, value)).toEqual([`${name}: ${code}`])
    })

    it('does not block a change because of a problem that was already there', () => {
        const unconfigured = source({})
        expect(
            codes(PROPERTY.queueMappings, JSON.stringify([{ queueId: BILLING, name: 'Billing' }]), unconfigured)
        ).toEqual([])
    })

    it('accepts a change that fixes the existing problem', () => {
        const broken = source({ [PROPERTY.provider]: 'ServiceNow', [PROPERTY.httpTimeoutMs]: 'ten' })
        expect(codes(PROPERTY.httpTimeoutMs, '8000', broken)).toEqual([])
    })
})
