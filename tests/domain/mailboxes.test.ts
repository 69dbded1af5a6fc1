import { addressesIn, isForRouting, parseMailboxes } from '../../src/domain/mailboxes'

describe('mailboxes that feed Genesys routing', () => {
    it('parses a comma-separated list, trimmed and lower-cased', () => {
        expect(parseMailboxes(' Support@Acme.com, billing@acme.com ,')).toEqual({
            ok: true,
            value: ['support@acme.com', 'billing@acme.com'],
        })
        expect(parseMailboxes('')).toEqual({ ok: true, value: [] })
        expect(parseMailboxes(null)).toEqual({ ok: true, value: [] })
    })

    it('names every entry that is not an address', () => {
        expect(parseMailboxes('support@acme.com, billing, Support <s@acme.com>')).toEqual({
            ok: false,
            error: 'must be email addresses separated by commas; not an address: billing, support <s@acme.com>',
        })
    })

    it('reads bare and named recipients', () => {
        expect(addressesIn('"Acme Support" <Support@Acme.com>, other@acme.com; x@y.z')).toEqual([
            'support@acme.com',
            'other@acme.com',
            'x@y.z',
        ])
    })

    it('takes every email when no mailbox is configured', () => {
        expect(isForRouting('hr@acme.com', [])).toBe(true)
    })

    it('takes only email sent to a configured mailbox', () => {
        const mailboxes = ['support@acme.com']
        expect(isForRouting('HR <hr@acme.com>, Support <SUPPORT@acme.com>', mailboxes)).toBe(true)
        expect(isForRouting('hr@acme.com', mailboxes)).toBe(false)
        expect(isForRouting('', mailboxes)).toBe(false)
        expect(isForRouting('support@acme.com.evil.example', mailboxes)).toBe(false)
    })
})
