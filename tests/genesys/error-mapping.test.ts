import { errorFromResponse, kindForStatus } from '../../src/genesys/error-mapping'
import { harness, json } from './genesys-test-kit'
import { isRetryableLater } from '../../src/genesys/genesys-error'

describe('Genesys error mapping', () => {
    it.each([
        [400, 'bad_request'],
        [422, 'bad_request'],
        [401, 'auth'],
        [403, 'forbidden'],
        [404, 'not_found'],
        [409, 'conflict'],
        [429, 'rate_limited'],
        [500, 'server'],
        [501, 'server'],
        [502, 'unavailable'],
        [503, 'unavailable'],
        [504, 'unavailable'],
        [410, 'bad_request'],
        [302, 'invalid_response'],
    ])('status %i -> %s', (status, kind) => {
        expect(kindForStatus(status)).toBe(kind)
    })

    it('takes code and message from the Genesys ErrorBody and the correlation id from the header', () => {
        const error = errorFromResponse(
            {
                status: 404,
                headers: { 'inin-correlation-id': 'abc-123' },
                body: JSON.stringify({
                    message: 'Conversation not found',
                    code: 'not.found',
                    status: 404,
                    contextId: 'x',
                }),
            },
            0
        )
        expect(error).toEqual({
            kind: 'not_found',
            status: 404,
            code: 'not.found',
            message: 'HTTP 404: Conversation not found',
            correlationId: 'abc-123',
        })
    })

    it('a non-JSON error body gives a bare status message (the HTML is not copied)', () => {
        expect(errorFromResponse({ status: 502, headers: {}, body: '<html>Bad gateway</html>' }, 0)).toEqual({
            kind: 'unavailable',
            status: 502,
            message: 'HTTP 502',
        })
    })

    it('keeps long Genesys messages and codes short by the time they leave the client', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(json(400, { code: 'c'.repeat(5000), message: 'x'.repeat(5000) }))
        const result = client.park('c1', 'p1')
        if (result.ok) throw new Error('expected a refusal')
        expect(result.error.message.length).toBeLessThanOrEqual(320)
        expect((result.error.code ?? '').length).toBeLessThanOrEqual(320)
    })

    it('the errors the outbox should retry later are exactly the transient kinds', () => {
        expect(isRetryableLater({ kind: 'rate_limited', status: 429, message: '' })).toBe(true)
        expect(isRetryableLater({ kind: 'unavailable', status: 503, message: '' })).toBe(true)
        expect(isRetryableLater({ kind: 'bad_request', status: 400, message: '' })).toBe(false)
        expect(isRetryableLater({ kind: 'not_found', status: 404, message: '' })).toBe(false)
    })
})
