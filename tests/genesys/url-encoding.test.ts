import { buildQueryString, formEncode, encodePathSegment } from '../../src/genesys/url-encoding'

describe('URL helpers (no URL/URLSearchParams on the instance)', () => {
    it('encodes a path segment so a slash or a query character cannot change the route', () => {
        expect(encodePathSegment('a/b?c#d e')).toBe('a%2Fb%3Fc%23d%20e')
    })

    it('builds a query string in order, dropping undefined values', () => {
        expect(buildQueryString({ pageNumber: 2, pageSize: 100, name: undefined, q: 'a&b' })).toBe(
            '?pageNumber=2&pageSize=100&q=a%26b'
        )
        expect(buildQueryString({})).toBe('')
    })

    it('form-encodes like URLSearchParams', () => {
        const fields = { grant_type: 'client_credentials', x: 'a b&c=d' }
        expect(formEncode(fields)).toBe(new URLSearchParams(fields).toString())
    })
})
