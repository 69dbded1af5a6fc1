import fc from 'fast-check'
import { ok } from '../../src/domain/result'
import type { GenesysApi } from '../../src/genesys/genesys-api'
import type { HttpRequest, TransportOutcome } from '../../src/genesys/http-transport'
import { createRedactor } from '../../src/genesys/redaction'
import { harness, json } from './genesys-test-kit'

type Echo = (request: HttpRequest, secret: string, token: string) => TransportOutcome

/** Every way a credential could leak back: Genesys echoing headers, bodies, adapter exceptions. */
const HOSTILE_REPLIES: Record<string, Echo> = {
    errorBodyEchoesAuthorization: (r) =>
        json(400, { code: 'bad.request', message: `bad header ${r.headers['Authorization']}` }),
    errorBodyEchoesSecretAndToken: (_r, secret, token) =>
        json(500, { code: 'x', message: `secret=${secret} token ${token}`, messageWithParams: token }),
    rateLimitedEchoingToken: (_r, _s, token) =>
        json(429, { message: `token ${token} throttled` }, { 'retry-after': '999' }),
    timeoutMessageWithAuth: (r) => ({
        ok: false,
        failure: { kind: 'timeout', message: `timed out sending ${JSON.stringify(r.headers)}` },
    }),
    networkMessageWithSecret: (_r, secret) => ({
        ok: false,
        failure: { kind: 'network', message: `refused for client_secret=${secret}` },
    }),
    adapterThrowsWithToken: (r) => {
        throw new Error(`adapter bug: ${r.headers['Authorization']}`)
    },
    unauthorisedEchoingToken: (_r, _s, token) => json(401, { message: `token ${token} revoked` }),
    okButGarbage: (_r, secret) => json(200, `not json ${secret}`),
    // OAuth's `error` and ErrorBody's `code` become GenesysError.code, which reaches outbox rows and the setup check.
    codeEchoesSecretAndAuthorization: (r, secret, token) =>
        json(400, { error: `${secret} ${r.headers['Authorization']}`, code: token, message: 'refused' }),
}

function everyOperation(client: GenesysApi): unknown[] {
    return [
        client.createEmailConversation({
            provider: 'SN',
            queueId: 'q',
            toAddress: 't',
            fromAddress: 'f',
            subject: 's',
        }),
        client.postInboundMessage('c', { provider: 'SN', toAddress: 't', fromAddress: 'f', subject: 's' }),
        client.getEmailConversation('c'),
        client.transferToQueue('c', 'p', 'q'),
        client.transferToAgent('c', 'p', 'u'),
        client.park('c', 'p'),
        client.unpark('c', 'p'),
        client.disconnectWithWrapup('c', 'p', { code: 'w' }),
        client.applyWrapup('c', 'p', 'm', { code: 'w' }),
        client.listQueues(),
        client.listQueueWrapupCodes('q'),
    ]
}

const credential = fc.stringMatching(/^[A-Za-z0-9_\-]{12,40}$/)

describe('secrets never leave the client', () => {
    it.each(Object.keys(HOSTILE_REPLIES))(
        'API failure "%s": no secret, token or Basic value in any error or log line',
        (name) => {
            fc.assert(
                fc.property(credential, credential, (secret, token) => {
                    fc.pre(secret !== token && !'Bearer Basic'.includes(secret))
                    const h = harness({
                        credentials: { get: () => ok({ clientId: 'my-client', clientSecret: secret }) },
                    })
                    const basic = Buffer.from(`my-client:${secret}`).toString('base64')
                    const echo = HOSTILE_REPLIES[name]
                    h.transport.send = (request) => {
                        h.transport.requests.push(request)
                        if (request.url.startsWith('https://login.')) {
                            return json(200, { access_token: token, expires_in: 86400 })
                        }
                        return echo(request, secret, token)
                    }
                    const results = everyOperation(h.client)
                    const failures = results.filter((r) => !(r as { ok: boolean }).ok)
                    expect(failures.length).toBeGreaterThan(0)
                    const output = JSON.stringify(results) + '\n' + h.logger.lines.join('\n')
                    for (const leaked of [secret, token, basic]) expect(output).not.toContain(leaked)
                }),
                { numRuns: 25 }
            )
        }
    )

    it('redacts before it shortens a message: a secret across the 300-character cut keeps no part of itself', () => {
        const secret = 'Sup3r-S3cret-Value-42'
        const h = harness({ credentials: { get: () => ok({ clientId: 'my-client', clientSecret: secret }) } })
        h.transport.apiReplies.push(json(400, { message: `${'.'.repeat(300 - 'HTTP 400: '.length - 5)}${secret}` }))
        const result = h.client.park('c', 'p')
        expect(result.ok).toBe(false)
        expect(JSON.stringify(result)).not.toContain('Sup3r')
    })

    it.each(Object.keys(HOSTILE_REPLIES))('token endpoint failure "%s": nothing leaks either', (name) => {
        const secret = 'Sup3r-S3cret-Value-42'
        const h = harness({ credentials: { get: () => ok({ clientId: 'my-client', clientSecret: secret }) } })
        const basic = Buffer.from(`my-client:${secret}`).toString('base64')
        h.transport.send = (request) => HOSTILE_REPLIES[name](request, secret, 'unused-token-value')
        const output = JSON.stringify(everyOperation(h.client)) + '\n' + h.logger.lines.join('\n')
        expect(output).not.toContain(secret)
        expect(output).not.toContain(basic)
    })

    it('log lines carry method, path, status, attempt and correlation id, never bodies', () => {
        const h = harness()
        h.transport.apiReplies.push(
            json(429, { message: 'slow down' }, { 'retry-after': '1', 'inin-correlation-id': 'corr-7' })
        )
        h.client.createEmailConversation({
            provider: 'SN',
            queueId: 'q',
            toAddress: 'support@acme.test',
            fromAddress: 'jane@customer.test',
            subject: 'My private subject',
        })
        expect(h.logger.lines).toContain(
            'WARN genesys POST /api/v2/conversations/emails attempt 1/3 -> 429 correlation corr-7'
        )
        const all = h.logger.lines.join('\n')
        expect(all).not.toMatch(/jane@customer|My private subject|slow down/)
    })

    it('the redactor also catches credentials it was never told about', () => {
        const redactor = createRedactor()
        expect(redactor.redact('Authorization: Bearer eyJhbGciOi.abc-def_ghi')).toBe('Authorization: Bearer [redacted]')
        expect(redactor.redact('Basic dXNlcjpwYXNz==')).toBe('Basic [redacted]')
        expect(redactor.redact('{"access_token":"abc123","expires_in":1}')).toBe(
            '{"access_token":"[redacted]","expires_in":1}'
        )
        expect(redactor.redact('client_secret=xyz&grant_type=client_credentials')).toBe(
            'client_secret=[redacted]&grant_type=client_credentials'
        )
    })
})
