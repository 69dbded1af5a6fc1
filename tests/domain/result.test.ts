import { err, ok } from '../../src/domain/result'

describe('Result', () => {
    it('carries a value on success and an error on failure', () => {
        expect(ok(3)).toEqual({ ok: true, value: 3 })
        expect(err({ code: 'x' })).toEqual({ ok: false, error: { code: 'x' } })
    })
})
