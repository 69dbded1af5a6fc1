import type { QueueMapping } from '../../src/domain/queue-mappings'
import { listTransferOptions, resolveTransferTarget, type MappedAgent } from '../../src/domain/transfer-targets'

const BILLING = '6f2b0d2e-1c0a-4a7e-9b5e-0c1d2e3f4a5b'
const RETURNS = '7a3c1e3f-2d1b-4b8f-8c6f-1d2e3f4a5b6c'
const QUEUES: QueueMapping[] = [
    { queueId: RETURNS, name: 'Returns', isDefault: false },
    { queueId: BILLING, name: 'Billing', isDefault: true },
]
const AGENTS: MappedAgent[] = [
    { userSysId: 'u-zoe', genesysUserId: 'g-zoe', name: 'Zoe', active: true },
    { userSysId: 'u-ada', genesysUserId: 'g-ada', name: 'Ada', active: true },
    { userSysId: 'u-old', genesysUserId: 'g-old', name: 'Gone', active: false },
]
const findAgent = (id: string) => AGENTS.find((a) => a.userSysId === id) ?? null

describe('transfer options', () => {
    it('offers mapped queues, then active mapped agents other than the owner, each sorted by name', () => {
        expect(listTransferOptions(QUEUES, AGENTS, 'u-zoe')).toEqual([
            { kind: 'queue', value: `queue:${BILLING}`, label: 'Billing' },
            { kind: 'queue', value: `queue:${RETURNS}`, label: 'Returns' },
            { kind: 'agent', value: 'agent:u-ada', label: 'Ada' },
        ])
    })

    it('offers nothing when nothing is mapped', () => {
        expect(listTransferOptions([], [], 'u-zoe')).toEqual([])
    })
})

describe('transfer target resolution (server side)', () => {
    it('resolves a mapped queue', () => {
        expect(resolveTransferTarget(`queue:${BILLING.toUpperCase()}`, QUEUES, findAgent, 'u-zoe')).toEqual({
            ok: true,
            value: { kind: 'queue', genesysQueueId: BILLING, label: 'Billing' },
        })
    })

    it('resolves a mapped agent to their Genesys user', () => {
        expect(resolveTransferTarget('agent:u-ada', QUEUES, findAgent, 'u-zoe')).toEqual({
            ok: true,
            value: { kind: 'agent', userSysId: 'u-ada', genesysUserId: 'g-ada', label: 'Ada' },
        })
    })

    it.each([
        ['an unmapped queue', 'queue:00000000-0000-4000-8000-000000000000', 'unmapped_queue'],
        ['an unknown agent', 'agent:u-nobody', 'unmapped_agent'],
        ['an inactive agent', 'agent:u-old', 'unmapped_agent'],
        ['the current owner', 'agent:u-zoe', 'target_is_owner'],
        ['an empty choice', '', 'invalid_target'],
        ['an unknown kind', 'group:abc', 'invalid_target'],
        ['an injection attempt', 'queue:abc^ORactive=true', 'invalid_target'],
    ])('refuses %s', (_what, choice, code) => {
        const result = resolveTransferTarget(choice, QUEUES, findAgent, 'u-zoe')
        expect(result.ok).toBe(false)
        expect(!result.ok && result.error.code).toBe(code)
    })
})
