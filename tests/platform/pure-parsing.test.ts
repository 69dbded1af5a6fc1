import { readInboundEmail } from '../../src/platform/email/inbound-email'
import { parseGenesysEvent } from '../../src/platform/rest/genesys-event-request'
import { utf8Length } from '../../src/platform/rest/utf8-length'

describe('utf8Length', () => {
    it('counts bytes as UTF-8 does', () => {
        for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'))
    })
})

describe('parseGenesysEvent', () => {
    const ID = '0e111111-1111-4111-8111-111111111111'
    it('lower-cases ids and keeps optional ones null', () => {
        const body = JSON.stringify({ eventId: ID.toUpperCase(), conversationId: ID, participantId: ID, userId: ID })
        expect(parseGenesysEvent('agent_assigned', body, 16384)).toEqual({
            ok: true,
            value: {
                kind: 'agent_assigned',
                eventId: ID,
                conversationId: ID,
                participantId: ID,
                userId: ID,
                communicationId: null,
                interactionSysId: null,
            },
        })
    })

    it.each(['agent_assigned', 'conversation_ended'] as const)(
        '%s: takes an optional interactionSysId, lower-cased; refuses one that is not a sys_id',
        (kind) => {
            const base = { eventId: ID, conversationId: ID, participantId: ID, userId: ID }
            const sysId = '0123456789ABCDEF0123456789ABCDEF'
            const parsed = parseGenesysEvent(kind, JSON.stringify({ ...base, interactionSysId: sysId }), 16384)
            expect(parsed).toMatchObject({ ok: true, value: { interactionSysId: sysId.toLowerCase() } })
            expect(parsed).toMatchObject({ ok: true, value: { kind } })
            for (const bad of [`${sysId}0`, sysId.slice(1), 'zz'.repeat(16), 12, true])
                expect(parseGenesysEvent(kind, JSON.stringify({ ...base, interactionSysId: bad }), 16384)).toEqual({
                    ok: false,
                    error: {
                        status: 400,
                        code: 'invalid_field',
                        message: 'interactionSysId must be a ServiceNow sys_id (32 hexadecimal characters)',
                        field: 'interactionSysId',
                    },
                })
        }
    )

    it('refuses on size before parsing, counting bytes not characters', () => {
        const body = JSON.stringify({ pad: '€'.repeat(400) })
        expect(body.length).toBeLessThan(1024)
        expect(parseGenesysEvent('conversation_ended', body, 1024)).toMatchObject({ ok: false, error: { status: 413 } })
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
