import {
    describeMappingErrors,
    MAX_QUEUE_MAPPINGS,
    parseQueueMappings,
    queuesUnknownTo,
} from '../../src/domain/queue-mappings'

const BILLING = '6f2b0d2e-1c0a-4a7e-9b5e-0c1d2e3f4a5b'
const RETURNS = '7a3c1e3f-2d1b-4b8f-8c6f-1d2e3f4a5b6c'

function codes(json: string): string[] {
    const result = parseQueueMappings(json)
    if (result.ok) throw new Error(`expected errors for ${json}`)
    return result.error.map((e) => `${e.code} @ ${e.path}`)
}

describe('queue mapping property', () => {
    it('parses mapped queues with their names and the default flag', () => {
        const json = JSON.stringify([
            { queueId: BILLING, name: ' Billing ', default: true },
            { queueId: RETURNS.toUpperCase(), name: 'Returns' },
        ])
        expect(parseQueueMappings(json)).toEqual({
            ok: true,
            value: [
                { queueId: BILLING, name: 'Billing', isDefault: true },
                { queueId: RETURNS, name: 'Returns', isDefault: false },
            ],
        })
    })

    it('treats an empty property as no mappings', () => {
        expect(parseQueueMappings('')).toEqual({ ok: true, value: [] })
        expect(parseQueueMappings('  ')).toEqual({ ok: true, value: [] })
        expect(parseQueueMappings(null)).toEqual({ ok: true, value: [] })
        expect(parseQueueMappings('[]')).toEqual({ ok: true, value: [] })
    })

    it('rejects text that is not JSON', () => {
        expect(codes('[{queueId: 1}')).toEqual(['invalid_json @ $'])
    })

    it('rejects JSON that is not an array', () => {
        expect(codes(JSON.stringify({ queueId: BILLING, name: 'Billing' }))).toEqual(['not_an_array @ $'])
    })

    it('rejects an entry that is not an object', () => {
        expect(codes(JSON.stringify([BILLING]))).toEqual(['entry_not_object @ [0]'])
    })

    it('rejects a missing, empty or malformed queue id', () => {
        expect(
            codes(JSON.stringify([{ name: 'A' }, { queueId: '', name: 'B' }, { queueId: 'billing', name: 'C' }]))
        ).toEqual([
            'missing_queue_id @ [0].queueId',
            'missing_queue_id @ [1].queueId',
            'invalid_queue_id @ [2].queueId',
        ])
    })

    it('rejects a missing or blank name', () => {
        expect(codes(JSON.stringify([{ queueId: BILLING }, { queueId: RETURNS, name: '  ' }]))).toEqual([
            'missing_name @ [0].name',
            'missing_name @ [1].name',
        ])
    })

    it('rejects a misspelt key instead of silently ignoring it', () => {
        expect(codes(JSON.stringify([{ queueId: BILLING, name: 'Billing', defualt: true }]))).toEqual([
            'unknown_key @ [0].defualt',
        ])
    })

    it('rejects a default that is not a boolean', () => {
        expect(codes(JSON.stringify([{ queueId: BILLING, name: 'Billing', default: 'yes' }]))).toEqual([
            'invalid_default @ [0].default',
        ])
    })

    it('rejects the same queue mapped twice, whatever the case of its id', () => {
        expect(
            codes(
                JSON.stringify([
                    { queueId: BILLING, name: 'Billing' },
                    { queueId: BILLING.toUpperCase(), name: 'B2' },
                ])
            )
        ).toEqual(['duplicate_queue_id @ [1].queueId'])
    })

    it('rejects two queues with the same name, which the agent could not tell apart', () => {
        expect(
            codes(
                JSON.stringify([
                    { queueId: BILLING, name: 'Billing' },
                    { queueId: RETURNS, name: 'billing' },
                ])
            )
        ).toEqual(['duplicate_name @ [1].name'])
    })

    it('rejects more than one default', () => {
        const json = JSON.stringify([
            { queueId: BILLING, name: 'Billing', default: true },
            { queueId: RETURNS, name: 'Returns', default: true },
        ])
        expect(codes(json)).toEqual(['multiple_defaults @ $'])
        const result = parseQueueMappings(json)
        expect(!result.ok && describeMappingErrors(result.error)).toBe(
            '$: only one queue may be the default; [0], [1] all are'
        )
    })

    it('rejects more mappings than a picker can sensibly show', () => {
        const many = Array.from({ length: MAX_QUEUE_MAPPINGS + 1 }, (_, i) => ({
            queueId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            name: `Queue ${i}`,
        }))
        expect(codes(JSON.stringify(many))).toEqual(['too_many_entries @ $'])
    })

    it('reports every error at once so an admin can fix the property in one pass', () => {
        const json = JSON.stringify([{ queueId: 'x', name: '' }, 7, { queueId: BILLING, name: 'Billing', extra: 1 }])
        expect(codes(json)).toEqual([
            'invalid_queue_id @ [0].queueId',
            'missing_name @ [0].name',
            'entry_not_object @ [1]',
            'unknown_key @ [2].extra',
        ])
    })
})

describe('queuesUnknownTo', () => {
    const billing = { queueId: '11111111-1111-4111-8111-111111111111', name: 'Billing', isDefault: true }
    const returns = { queueId: '22222222-2222-4222-8222-222222222222', name: 'Returns', isDefault: false }

    it('names the mapped queues a Genesys listing lacks, comparing ids case-insensitively', () => {
        expect(queuesUnknownTo([billing, returns], [billing.queueId.toUpperCase()])).toEqual([returns])
        expect(queuesUnknownTo([billing, returns], [billing.queueId, returns.queueId])).toEqual([])
        expect(queuesUnknownTo([billing], [])).toEqual([billing])
    })
})
