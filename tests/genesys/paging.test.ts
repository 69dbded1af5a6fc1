import { MAX_PAGES, PAGE_SIZE } from '../../src/genesys/paging'
import { harness, json } from './genesys-test-kit'

function page(pageNumber: number, pageCount: number, ids: string[]) {
    return json(200, { entities: ids.map((id) => ({ id, name: `Name ${id}` })), pageNumber, pageCount, pageSize: 100 })
}

describe('Genesys listings follow every page', () => {
    it('listQueues reads pages 1..pageCount with pageSize 100', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(page(1, 3, ['a', 'b']), page(2, 3, ['c']), page(3, 3, ['d']))
        const result = client.listQueues()
        expect(result).toEqual({
            ok: true,
            value: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Name ${id}` })),
        })
        expect(transport.apiRequests.map((r) => r.url)).toEqual(
            [1, 2, 3].map(
                (n) => `https://api.mypurecloud.ie/api/v2/routing/queues?pageNumber=${n}&pageSize=${PAGE_SIZE}`
            )
        )
    })

    it('listQueueWrapupCodes reads the queue wrap-up codes path', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(page(1, 1, ['w1']))
        expect(client.listQueueWrapupCodes('q 1')).toEqual({ ok: true, value: [{ id: 'w1', name: 'Name w1' }] })
        expect(transport.apiRequests[0].url).toBe(
            'https://api.mypurecloud.ie/api/v2/routing/queues/q%201/wrapupcodes?pageNumber=1&pageSize=100'
        )
    })

    it('stops on an empty page even if pageCount says more', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(page(1, 9, ['a']), page(2, 9, []))
        expect(client.listQueues()).toEqual({ ok: true, value: [{ id: 'a', name: 'Name a' }] })
        expect(transport.apiRequests).toHaveLength(2)
    })

    it('stops at the hard page cap and warns', () => {
        const { client, transport, logger } = harness()
        for (let n = 1; n <= MAX_PAGES + 5; n++) transport.apiReplies.push(page(n, 10_000, [`q${n}`]))
        const result = client.listQueues()
        expect(result.ok && result.value).toHaveLength(MAX_PAGES)
        expect(transport.apiRequests).toHaveLength(MAX_PAGES)
        expect(logger.lines.some((l) => l.startsWith('WARN') && l.includes('page cap'))).toBe(true)
    })

    it('an error on a later page fails the whole listing (no silent partial list)', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(page(1, 2, ['a']), json(403, { code: 'missing.permissions' }))
        expect(client.listQueues()).toMatchObject({
            ok: false,
            error: { kind: 'forbidden', code: 'missing.permissions' },
        })
    })

    it('a page that is not an entity listing is invalid_response', () => {
        const { client, transport } = harness()
        transport.apiReplies.push(json(200, '[1,2]'))
        expect(client.listQueues()).toMatchObject({ ok: false, error: { kind: 'invalid_response' } })
    })
})
