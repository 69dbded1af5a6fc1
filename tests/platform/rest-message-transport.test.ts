import fs from 'fs'
import path from 'path'
import type { HttpRequest } from '../../src/genesys/http-transport'
import { createRestMessageTransport } from '../../src/platform/rest-message-transport'
import { resetGlide } from '../fakes/glide'
import { pendingRestResponses, scriptRestResponse, sentRestMessages } from '../fakes/glide/sn_ws'

const request: HttpRequest = {
    method: 'PATCH',
    url: 'https://api.mypurecloud.ie/api/v2/conversations/emails/c1/participants/p1/parkingstate',
    headers: { Authorization: 'Bearer t0k3n', 'Content-Type': 'application/json' },
    body: '{"state":"parked"}',
    timeoutMs: 5000,
}

beforeEach(() => resetGlide())
afterEach(() => expect(pendingRestResponses()).toBe(0))

describe('RESTMessageV2 transport', () => {
    it('is a leaf: its only runtime import is sn_ws (types come from the Genesys port)', () => {
        const source = fs.readFileSync(path.join(__dirname, '../../src/platform/rest-message-transport.ts'), 'utf8')
        const valueImports = Array.from(source.matchAll(/^import (?!type ).* from '([^']+)'/gm), (m) => m[1])
        expect(valueImports).toEqual(['@servicenow/glide/sn_ws'])
    })

    it('sends endpoint, method, every header, body and the timeout through one new RESTMessageV2', () => {
        scriptRestResponse({ status: 200 })
        createRestMessageTransport().send(request)
        expect(sentRestMessages()).toHaveLength(1)
        const sent = sentRestMessages()[0]
        expect(sent.constructorArgs).toEqual([])
        expect(sent.endpoint).toBe(request.url)
        expect(sent.method).toBe('patch')
        expect(sent.headers).toEqual(request.headers)
        expect(sent.body).toBe('{"state":"parked"}')
        expect(sent.timeoutMs).toBe(5000)
    })

    it('sets no body for a GET', () => {
        scriptRestResponse({ status: 200 })
        createRestMessageTransport().send({ ...request, method: 'GET', body: undefined })
        expect(sentRestMessages()[0].body).toBeUndefined()
        expect(sentRestMessages()[0].method).toBe('get')
    })

    it('returns status, body and lower-cased headers', () => {
        scriptRestResponse({
            status: 202,
            body: '{"id":"c1"}',
            headers: { 'ININ-Correlation-ID': 'corr-1', 'Retry-After': '3', 'Content-Type': 'application/json' },
        })
        expect(createRestMessageTransport().send(request)).toEqual({
            ok: true,
            response: {
                status: 202,
                body: '{"id":"c1"}',
                headers: { 'inin-correlation-id': 'corr-1', 'retry-after': '3', 'content-type': 'application/json' },
            },
        })
    })

    it('an HTTP error status is a response even though the platform flags haveError()', () => {
        scriptRestResponse({
            status: 429,
            body: '{"code":"too.many.requests"}',
            headers: { 'Retry-After': '10' },
            error: { message: 'Method failed: (/api/v2/...) with code: 429', code: 429 },
        })
        const outcome = createRestMessageTransport().send(request)
        expect(outcome).toMatchObject({ ok: true, response: { status: 429, headers: { 'retry-after': '10' } } })
    })

    it('status 0 with a timeout message is a timeout failure', () => {
        scriptRestResponse({
            status: 0,
            error: { message: 'java.net.SocketTimeoutException: Read timed out', code: 1 },
        })
        expect(createRestMessageTransport().send(request)).toEqual({
            ok: false,
            failure: { kind: 'timeout', message: 'java.net.SocketTimeoutException: Read timed out (code 1)' },
        })
    })

    it('status 0 with any other error is a network failure', () => {
        scriptRestResponse({ status: 0, error: { message: 'Connection refused', code: 1 } })
        expect(createRestMessageTransport().send(request)).toMatchObject({ ok: false, failure: { kind: 'network' } })
    })

    it('an exception from execute() is a failure, never a throw', () => {
        scriptRestResponse({ throws: 'Request not sent to uri= ...: Connect timed out' })
        expect(createRestMessageTransport().send(request)).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
        scriptRestResponse({ throws: 'Invalid endpoint' })
        expect(createRestMessageTransport().send(request)).toEqual({
            ok: false,
            failure: { kind: 'network', message: 'Invalid endpoint' },
        })
    })

    it('a response whose headers cannot be read still returns status and body', () => {
        scriptRestResponse({ status: 200, body: '{}', unreadableHeaders: true })
        expect(createRestMessageTransport().send(request)).toEqual({
            ok: true,
            response: { status: 200, body: '{}', headers: {} },
        })
    })
})
