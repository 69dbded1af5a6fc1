import { GlideRecord } from '@servicenow/glide'
import { retryOutboxRowAction } from '../../src/server/ui-actions/retry-outbox-row-action'
import { formatGlideDateTime, getNow, readRecord, resetGlide, seedRecord, sessionMessageList } from '../fakes/glide'

function outboxRow(state: string): { sysId: string; gr: GlideRecord } {
    const sysId = seedRecord('x_gcer_outbox', {
        operation: 'disconnect',
        payload: '{}',
        idempotency_key: `key-${state}`,
        state,
        attempts: 10,
        next_attempt_at: '2024-12-31 00:00:00',
        last_error: 'auth HTTP 401: bad credentials',
    })
    const gr = new GlideRecord('x_gcer_outbox')
    gr.get(sysId)
    return { sysId, gr }
}

beforeEach(() => resetGlide())

describe('UI action Retry on a dead outbox row', () => {
    it('queues a dead update again with a full round of attempts, due now, keeping the last error', () => {
        const { sysId, gr } = outboxRow('dead')
        retryOutboxRowAction(gr)
        expect(readRecord('x_gcer_outbox', sysId)).toMatchObject({
            state: 'pending',
            attempts: '0',
            next_attempt_at: formatGlideDateTime(getNow()),
            last_error: 'auth HTTP 401: bad credentials',
        })
        expect(sessionMessageList().map((m) => m.type)).toEqual(['info'])
    })

    it.each(['done', 'pending'])('leaves a %s row alone and says why', (state) => {
        const { sysId, gr } = outboxRow(state)
        retryOutboxRowAction(gr)
        expect(readRecord('x_gcer_outbox', sysId)).toMatchObject({ state, attempts: '10' })
        expect(sessionMessageList().map((m) => m.type)).toEqual(['error'])
    })
})
