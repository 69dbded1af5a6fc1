import { readInboundEmail } from '../../src/platform/email/inbound-email'
import { parseGenesysEvent } from '../../src/platform/rest/genesys-event-request'
import { utf8Length } from '../../src/platform/rest/utf8-length'

describe('utf8Length', () => {
    it('counts bytes as UTF-8 does', () => {
        for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'))
    })
})

describe('parseGenesysEvent (the body the shipped Data Action posts)', () => {
    const ID = '0e111111-1111-4111-8111-111111111111'
    const TOPIC = `v2.detail.events.conversation.${ID}.user.start`
    const body = (fields: Record<string, unknown>) =>
        JSON.stringify({ topicName: TOPIC, eventTime: 1733140800000, conversationId: ID, ...fields })

    it('lower-cases ids, keeps absent optional fields null and ignores fields it does not know', () => {
        expect(
            parseGenesysEvent(body({ userId: ID.toUpperCase(), mediaType: 'EMAIL', subject: 'not needed' }), 16384)
        ).toEqual({
            ok: true,
            value: {
                topicName: TOPIC,
                eventTime: 1733140800000,
                conversationId: ID,
                participantId: null,
                sessionId: null,
                userId: ID,
                queueId: null,
                mediaType: 'EMAIL',
                provider: null,
                disconnectType: null,
            },
        })
    })

    it('takes the event time as a string of digits too (a Data Action template may quote it)', () => {
        expect(parseGenesysEvent(body({ eventTime: '1733140800000' }), 16384)).toMatchObject({
            ok: true,
            value: { eventTime: 1733140800000 },
        })
    })

    it.each([
        ['topicName', { topicName: undefined }, 'missing_field'],
        ['conversationId', { conversationId: '' }, 'missing_field'],
        ['eventTime', { eventTime: 'yesterday' }, 'missing_field'],
        ['userId', { userId: 42 }, 'invalid_field'],
        ['provider', { provider: 'x'.repeat(101) }, 'invalid_field'],
    ])('names the field at fault: %s', (field, change, code) => {
        expect(parseGenesysEvent(body(change), 16384)).toMatchObject({ ok: false, error: { status: 400, code, field } })
    })

    it('refuses what is not a JSON object', () => {
        for (const text of ['{', '[]', '"x"', ''])
            expect(parseGenesysEvent(text, 16384)).toMatchObject({
                ok: false,
                error: { status: 400, code: 'invalid_json' },
            })
    })

    it('refuses on size before parsing, counting bytes not characters', () => {
        const text = JSON.stringify({ pad: '€'.repeat(400) })
        expect(text.length).toBeLessThan(1024)
        expect(parseGenesysEvent(text, 1024)).toMatchObject({ ok: false, error: { status: 413 } })
    })
})

describe('readInboundEmail', () => {
    it('takes the original sender, the first direct recipient and the From display name', () => {
        expect(
            readInboundEmail({
                subject: ' Hello ',
                from: 'relay@x.com',
                origemail: 'carla@example.com',
                from_sys_id: '0123456789abcdef0123456789abcdef',
                direct: 'Support <support@acme.com>, other@acme.com',
                headers: 'To: support@acme.com\nFrom: "Carla D" <carla@example.com>\n',
            })
        ).toEqual({
            subject: 'Hello',
            fromAddress: 'carla@example.com',
            fromName: 'Carla D',
            toAddress: 'support@acme.com',
            fromUserSysId: '0123456789abcdef0123456789abcdef',
        })
    })

    it('tolerates a wrapper with nothing set', () => {
        expect(readInboundEmail({})).toEqual({
            subject: '',
            fromAddress: '',
            fromName: null,
            toAddress: '',
            fromUserSysId: null,
        })
    })
})
