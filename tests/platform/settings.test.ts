import { PROPERTY } from '../../src/platform/property-names'
import { readGenesysSettings, readMaxPayloadBytes } from '../../src/platform/settings/genesys-settings'
import { createConfigSource, systemProperties } from '../../src/platform/settings/property-source'
import { backgroundPolicy, interactivePolicy } from '../../src/platform/settings/retry-policies'
import { readRoutingConfig } from '../../src/platform/settings/routing-config'
import type { PropertySource } from '../../src/platform/settings/settings-problem'
import { resetGlide, setProperty } from '../fakes/glide'

const Q1 = '11111111-2222-4333-8444-555555555555'
const Q2 = '11111111-2222-4333-8444-666666666666'
const W1 = '99999999-2222-4333-8444-555555555555'

function source(values: Record<string, string>): PropertySource {
    return (name) => (name in values ? values[name] : null)
}

const VALID = {
    [PROPERTY.provider]: 'ServiceNow',
    [PROPERTY.queueMappings]: JSON.stringify([
        { queueId: Q1, name: 'Billing', default: true },
        { queueId: Q2, name: 'Support' },
    ]),
}

describe('routing config', () => {
    it('reads a valid configuration with defaults for every unset number', () => {
        expect(readRoutingConfig(source(VALID))).toEqual({
            ok: true,
            value: {
                provider: 'ServiceNow',
                queues: [
                    { queueId: Q1, name: 'Billing', isDefault: true },
                    { queueId: Q2, name: 'Support', isDefault: false },
                ],
                defaultQueueId: Q1,
                caseCreatedWrapupCode: '',
                defaultWrapupCode: '',
                outboxMaxAttempts: 10,
                outboxBaseDelaySeconds: 30,
            },
        })
    })

    it('takes the default queue property over the mapping flag, and the numbers as set', () => {
        const read = readRoutingConfig(
            source({
                ...VALID,
                [PROPERTY.defaultQueueId]: Q2.toUpperCase(),
                [PROPERTY.caseCreatedWrapupCode]: W1,
                [PROPERTY.defaultWrapupCode]: ` ${W1} `,
                [PROPERTY.outboxMaxAttempts]: '5',
                [PROPERTY.outboxBaseDelaySeconds]: '60',
            })
        )
        expect(read.ok && read.value).toMatchObject({
            defaultQueueId: Q2,
            caseCreatedWrapupCode: W1,
            defaultWrapupCode: W1,
            outboxMaxAttempts: 5,
            outboxBaseDelaySeconds: 60,
        })
    })

    it('names the property and every precise mapping error for malformed queue mappings', () => {
        const read = readRoutingConfig(
            source({
                ...VALID,
                [PROPERTY.queueMappings]: JSON.stringify([
                    { queueId: 'nope', name: '' },
                    { queueId: Q1, extra: 1 },
                ]),
            })
        )
        expect(read.ok).toBe(false)
        if (read.ok) return
        expect(read.error).toHaveLength(1)
        const [p] = read.error
        expect(p.property).toBe(PROPERTY.queueMappings)
        expect(p.code).toBe('invalid_queue_mappings')
        expect(p.mappingErrors?.map((e) => `${e.code}@${e.path}`)).toEqual([
            'invalid_queue_id@[0].queueId',
            'missing_name@[0].name',
            'unknown_key@[1].extra',
            'missing_name@[1].name',
        ])
        expect(p.message).toContain('[0].queueId')
        expect(p.message).toContain('[1].extra')
    })

    it.each([
        ['not JSON', '{oops', 'invalid_json'],
        ['not an array', '{"queueId":"x"}', 'not_an_array'],
        [
            'two defaults',
            JSON.stringify([
                { queueId: Q1, name: 'A', default: true },
                { queueId: Q2, name: 'B', default: true },
            ]),
            'multiple_defaults',
        ],
    ])('rejects queue mappings that are %s', (_label, json, code) => {
        const read = readRoutingConfig(source({ ...VALID, [PROPERTY.queueMappings]: json }))
        expect(!read.ok && read.error[0].mappingErrors?.map((e) => e.code)).toContain(code)
    })

    it.each([
        [PROPERTY.outboxMaxAttempts, 'ten', 'not_an_integer'],
        [PROPERTY.outboxMaxAttempts, '2.5', 'not_an_integer'],
        [PROPERTY.outboxMaxAttempts, '1e3', 'not_an_integer'],
        [PROPERTY.outboxMaxAttempts, '0', 'out_of_range'],
        [PROPERTY.outboxMaxAttempts, '101', 'out_of_range'],
        [PROPERTY.outboxBaseDelaySeconds, '-30', 'out_of_range'],
        [PROPERTY.outboxBaseDelaySeconds, '30s', 'not_an_integer'],
        [PROPERTY.defaultQueueId, 'billing', 'invalid_genesys_id'],
        [PROPERTY.defaultQueueId, '11111111-2222-4333-8444-777777777777', 'unmapped_default_queue'],
        [PROPERTY.caseCreatedWrapupCode, 'Task created', 'invalid_genesys_id'],
        [PROPERTY.defaultWrapupCode, 'resolved', 'invalid_genesys_id'],
        [PROPERTY.provider, '   ', 'required'],
        [PROPERTY.provider, 'p'.repeat(101), 'out_of_range'],
    ])('reports %s = %j as %s', (property, value, code) => {
        const read = readRoutingConfig(source({ ...VALID, [property]: value }))
        expect(read.ok).toBe(false)
        expect(!read.ok && read.error).toEqual([expect.objectContaining({ property, code })])
    })

    it('reports every bad property at once', () => {
        const read = readRoutingConfig(
            source({ [PROPERTY.queueMappings]: '[', [PROPERTY.outboxMaxAttempts]: 'x', [PROPERTY.provider]: '' })
        )
        expect(!read.ok && read.error.map((p) => p.property)).toEqual([
            PROPERTY.queueMappings,
            PROPERTY.provider,
            PROPERTY.outboxMaxAttempts,
        ])
    })

    it('treats unset mappings as no queues and no default', () => {
        const read = readRoutingConfig(source({ [PROPERTY.provider]: 'P' }))
        expect(read.ok && read.value).toMatchObject({ queues: [], defaultQueueId: null })
    })
})

describe('config source over gs.getProperty', () => {
    beforeEach(() => resetGlide())

    it('reads the instance properties on every call and returns the first problem as data', () => {
        setProperty(PROPERTY.provider, 'ServiceNow')
        setProperty(PROPERTY.queueMappings, VALID[PROPERTY.queueMappings])
        const config = createConfigSource()
        expect(config.read().ok).toBe(true)
        setProperty(PROPERTY.queueMappings, 'not json')
        const read = config.read()
        expect(read).toEqual({
            ok: false,
            error: expect.objectContaining({ property: PROPERTY.queueMappings, code: 'invalid_queue_mappings' }),
        })
    })

    it('sees an unset property as null', () => {
        expect(systemProperties('x_gcer.nothing')).toBeNull()
        setProperty('x_gcer.something', 42)
        expect(systemProperties('x_gcer.something')).toBe('42')
    })
})

describe('genesys settings', () => {
    const GOOD = { [PROPERTY.environment]: 'mypurecloud.ie', [PROPERTY.credentialAlias]: 'abc123' }

    it('reads the environment, alias and timing with defaults', () => {
        expect(readGenesysSettings(source(GOOD))).toEqual({
            ok: true,
            value: {
                environment: 'mypurecloud.ie',
                credentialAlias: 'abc123',
                httpTimeoutMs: 5000,
                interactiveMaxAttempts: 3,
                interactiveBudgetMs: 4000,
            },
        })
    })

    it('accepts a region or API host for the environment', () => {
        const read = readGenesysSettings(source({ ...GOOD, [PROPERTY.environment]: 'eu-west-1' }))
        expect(read.ok && read.value.environment).toBe('mypurecloud.ie')
    })

    it.each([
        [PROPERTY.environment, 'mypurecloud.evil.com', 'unknown_environment'],
        [PROPERTY.environment, '', 'unknown_environment'],
        [PROPERTY.credentialAlias, '', 'required'],
        [PROPERTY.httpTimeoutMs, 'fast', 'not_an_integer'],
        [PROPERTY.httpTimeoutMs, '500', 'out_of_range'],
        [PROPERTY.httpTimeoutMs, '600000', 'out_of_range'],
        [PROPERTY.interactiveMaxAttempts, '6', 'out_of_range'],
        [PROPERTY.interactiveMaxAttempts, 'three', 'not_an_integer'],
        [PROPERTY.interactiveBudgetMs, '-1', 'out_of_range'],
    ])('reports %s = %j as %s', (property, value, code) => {
        const read = readGenesysSettings(source({ ...GOOD, [property]: value }))
        expect(!read.ok && read.error).toEqual([expect.objectContaining({ property, code })])
    })

    it('reads the REST payload limit with its default and range', () => {
        expect(readMaxPayloadBytes(source({}))).toEqual({ ok: true, value: 16384 })
        expect(readMaxPayloadBytes(source({ [PROPERTY.inboundMaxPayloadBytes]: '2048' }))).toEqual({
            ok: true,
            value: 2048,
        })
        expect(readMaxPayloadBytes(source({ [PROPERTY.inboundMaxPayloadBytes]: 'big' })).ok).toBe(false)
        expect(readMaxPayloadBytes(source({ [PROPERTY.inboundMaxPayloadBytes]: '10' })).ok).toBe(false)
    })

    it('turns the settings into the interactive and background retry policies', () => {
        const read = readGenesysSettings(
            source({
                ...GOOD,
                [PROPERTY.httpTimeoutMs]: '7000',
                [PROPERTY.interactiveMaxAttempts]: '2',
                [PROPERTY.interactiveBudgetMs]: '1500',
            })
        )
        if (!read.ok) throw new Error('expected valid settings')
        expect(interactivePolicy(read.value)).toMatchObject({
            name: 'interactive',
            maxAttempts: 2,
            maxTotalWaitMs: 1500,
            requestTimeoutMs: 7000,
            maxCallMs: 12000,
        })
        expect(backgroundPolicy(read.value)).toMatchObject({
            name: 'background',
            maxAttempts: 1,
            maxTotalWaitMs: 0,
            requestTimeoutMs: 21000,
            maxCallMs: 21000,
        })
    })
})
