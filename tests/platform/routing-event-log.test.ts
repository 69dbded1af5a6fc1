import type { RoutingEventEntry } from '../../src/app/ports'
import { createRoutingEventLog } from '../../src/platform/routing-event-log'
import { allRecords, glideStats, resetGlide, resetGlideStats, seedRecord } from '../fakes/glide'

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0)

beforeEach(() => {
    resetGlide()
})

function entry(overrides: Partial<RoutingEventEntry> = {}): RoutingEventEntry {
    return {
        interaction: seedRecord('interaction', { short_description: 'x' }),
        event: 'genesys_observed',
        fromStatus: 'queued',
        toStatus: 'connected',
        fromOwner: null,
        toOwner: seedRecord('sys_user', { name: 'Ada' }),
        target: null,
        actor: null,
        correlationId: 'corr-1',
        externalId: 'evt-1',
        outcome: 'applied',
        message: 'IMS0000001 assigned to Ada',
        ...overrides,
    }
}

describe('routing event log', () => {
    it('writes one row with every column of the entry (one write, no read)', () => {
        const e = entry()
        resetGlideStats()
        createRoutingEventLog(() => NOW).record(e)
        expect(glideStats()).toMatchObject({ reads: 0, writes: 1 })
        expect(allRecords('x_gcer_routing_event')[0]).toMatchObject({
            interaction: e.interaction,
            event: 'genesys_observed',
            from_status: 'queued',
            to_status: 'connected',
            from_owner: null,
            to_owner: e.toOwner,
            target: null,
            actor: null,
            correlation_id: 'corr-1',
            external_id: 'evt-1',
            outcome: 'applied',
            message: 'IMS0000001 assigned to Ada',
            occurred_at: '2025-06-01 12:00:00',
        })
    })

    it('cuts an over-long message to the column length instead of failing', () => {
        createRoutingEventLog(() => NOW).record(entry({ message: 'm'.repeat(5000), target: 't'.repeat(200) }))
        const row = allRecords('x_gcer_routing_event')[0]
        expect(row.message).toHaveLength(1000)
        expect(row.target).toHaveLength(80)
    })

    it('knows an external id once it took effect, in one read; a rejected attempt keeps no key', () => {
        const log = createRoutingEventLog(() => NOW)
        log.record(entry({ externalId: 'evt-rejected', outcome: 'rejected' }))
        log.record(entry({ externalId: 'evt-ok', outcome: 'applied' }))
        log.record(entry({ externalId: 'evt-same', outcome: 'unchanged' }))
        resetGlideStats()
        expect(log.hasExternalId('evt-ok')).toBe(true)
        expect(log.hasExternalId('evt-same')).toBe(true)
        expect(log.hasExternalId('evt-rejected')).toBe(false)
        expect(log.hasExternalId('evt-unknown')).toBe(false)
        expect(log.hasExternalId('evt-ok^ORexternal_idISNOTEMPTY')).toBe(false)
        expect(glideStats()).toMatchObject({ reads: 5, writes: 0 })
        expect(log.hasExternalId('')).toBe(false)
        expect(glideStats().reads).toBe(5)
        const rejected = allRecords('x_gcer_routing_event').filter((r) => r.outcome === 'rejected')
        expect(rejected.map((r) => r.external_id || '')).toEqual([''])
    })
})
