import fc from 'fast-check'
import { base64EncodeUtf8 } from '../../src/genesys/base64'

describe('base64EncodeUtf8 (no Buffer/btoa on the instance)', () => {
    it('matches the RFC 4648 test vectors', () => {
        const vectors: [string, string][] = [
            ['', ''],
            ['f', 'Zg=='],
            ['fo', 'Zm8='],
            ['foo', 'Zm9v'],
            ['foob', 'Zm9vYg=='],
            ['fooba', 'Zm9vYmE='],
            ['foobar', 'Zm9vYmFy'],
        ]
        for (const [input, expected] of vectors) expect(base64EncodeUtf8(input)).toBe(expected)
    })

    it('equals Node Buffer for any string, non-ASCII and astral characters included', () => {
        fc.assert(
            fc.property(fc.string({ unit: 'binary' }), (text) => {
                expect(base64EncodeUtf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'))
            }),
            { numRuns: 500 }
        )
    })
})
