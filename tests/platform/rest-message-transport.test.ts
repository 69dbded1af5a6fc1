import fs from 'fs'
import path from 'path'
import ts from 'typescript'
import type { HttpRequest, HttpTransport } from '../../src/genesys/http-transport'

/**
 * A RESTMessageV2 stand-in with the script API's behaviour: setters record, execute() answers from
 * the scripted response. Declared here, not in tests/fakes/glide (owned elsewhere).
 */
interface ScriptedResponse {
    status: number
    body?: string
    headers?: Record<string, string>
    haveError?: boolean
    errorCode?: number
    errorMessage?: string
    throwOnExecute?: string
    throwOnGetHeaders?: boolean
}

class FakeRestMessageV2 {
    static next: ScriptedResponse = { status: 200 }
    static sent: FakeRestMessageV2[] = []
    endpoint = ''
    method = ''
    headers: Record<string, string> = {}
    body: string | undefined
    timeoutMs: number | undefined
    constructorArgs: unknown[]

    constructor(...args: unknown[]) {
        this.constructorArgs = args
    }
    setEndpoint(endpoint: string): void {
        this.endpoint = endpoint
    }
    setHttpMethod(method: string): void {
        this.method = method
    }
    setRequestHeader(name: string, value: string): void {
        this.headers[name] = value
    }
    setRequestBody(body: string): void {
        this.body = body
    }
    setHttpTimeout(ms: number): void {
        this.timeoutMs = ms
    }
    execute() {
        FakeRestMessageV2.sent.push(this)
        const r = FakeRestMessageV2.next
        if (r.throwOnExecute) throw new Error(r.throwOnExecute)
        return {
            getStatusCode: () => r.status,
            getBody: () => r.body ?? '',
            getHeaders: () => {
                if (r.throwOnGetHeaders) throw new Error('no headers')
                return r.headers ?? {}
            },
            haveError: () => r.haveError ?? false,
            getErrorCode: () => r.errorCode ?? 0,
            getErrorMessage: () => r.errorMessage ?? '',
        }
    }
}

/**
 * jest maps `@servicenow/glide/*` to tests/fakes/glide/*.ts (owned by the platform fakes), and its
 * resolver fails before a virtual jest.mock is consulted when that file is absent. So the adapter's
 * real source is transpiled here and run with a `require` that answers its one import with the fake.
 */
function loadAdapter(): { createRestMessageTransport: () => HttpTransport } {
    const file = path.join(__dirname, '../../src/platform/rest-message-transport.ts')
    const source = fs.readFileSync(file, 'utf8')
    const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021 },
    })
    const module = { exports: {} as Record<string, unknown> }
    const fakeRequire = (name: string) => {
        if (name === '@servicenow/glide/sn_ws') return { RESTMessageV2: FakeRestMessageV2 }
        throw new Error(`unexpected runtime import ${name}`)
    }
    new Function('require', 'module', 'exports', outputText)(fakeRequire, module, module.exports)
    return module.exports as unknown as { createRestMessageTransport: () => HttpTransport }
}

const { createRestMessageTransport } = loadAdapter()

const request: HttpRequest = {
    method: 'PATCH',
    url: 'https://api.mypurecloud.ie/api/v2/conversations/emails/c1/participants/p1/parkingstate',
    headers: { Authorization: 'Bearer t0k3n', 'Content-Type': 'application/json' },
    body: '{"state":"parked"}',
    timeoutMs: 5000,
}

beforeEach(() => {
    FakeRestMessageV2.sent = []
    FakeRestMessageV2.next = { status: 200 }
})

describe('RESTMessageV2 transport', () => {
    it('is a leaf: its only runtime import is sn_ws (types come from the Genesys port)', () => {
        const source = fs.readFileSync(path.join(__dirname, '../../src/platform/rest-message-transport.ts'), 'utf8')
        const valueImports = Array.from(source.matchAll(/^import (?!type ).* from '([^']+)'/gm), (m) => m[1])
        expect(valueImports).toEqual(['@servicenow/glide/sn_ws'])
    })

    it('sends endpoint, method, every header, body and the timeout through one new RESTMessageV2', () => {
        createRestMessageTransport().send(request)
        expect(FakeRestMessageV2.sent).toHaveLength(1)
        const sent = FakeRestMessageV2.sent[0]
        expect(sent.constructorArgs).toEqual([])
        expect(sent.endpoint).toBe(request.url)
        expect(sent.method).toBe('patch')
        expect(sent.headers).toEqual(request.headers)
        expect(sent.body).toBe('{"state":"parked"}')
        expect(sent.timeoutMs).toBe(5000)
    })

    it('sets no body for a GET', () => {
        createRestMessageTransport().send({ ...request, method: 'GET', body: undefined })
        expect(FakeRestMessageV2.sent[0].body).toBeUndefined()
        expect(FakeRestMessageV2.sent[0].method).toBe('get')
    })

    it('returns status, body and lower-cased headers', () => {
        FakeRestMessageV2.next = {
            status: 202,
            body: '{"id":"c1"}',
            headers: { 'ININ-Correlation-ID': 'corr-1', 'Retry-After': '3', 'Content-Type': 'application/json' },
        }
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
        FakeRestMessageV2.next = {
            status: 429,
            body: '{"code":"too.many.requests"}',
            headers: { 'Retry-After': '10' },
            haveError: true,
            errorCode: 429,
            errorMessage: 'Method failed: (/api/v2/...) with code: 429',
        }
        const outcome = createRestMessageTransport().send(request)
        expect(outcome).toMatchObject({ ok: true, response: { status: 429, headers: { 'retry-after': '10' } } })
    })

    it('status 0 with a timeout message is a timeout failure', () => {
        FakeRestMessageV2.next = {
            status: 0,
            haveError: true,
            errorCode: 1,
            errorMessage: 'java.net.SocketTimeoutException: Read timed out',
        }
        expect(createRestMessageTransport().send(request)).toEqual({
            ok: false,
            failure: { kind: 'timeout', message: 'java.net.SocketTimeoutException: Read timed out (code 1)' },
        })
    })

    it('status 0 with any other error is a network failure', () => {
        FakeRestMessageV2.next = { status: 0, haveError: true, errorCode: 1, errorMessage: 'Connection refused' }
        expect(createRestMessageTransport().send(request)).toMatchObject({ ok: false, failure: { kind: 'network' } })
    })

    it('an exception from execute() is a failure, never a throw', () => {
        FakeRestMessageV2.next = { status: 0, throwOnExecute: 'Request not sent to uri= ...: Connect timed out' }
        expect(createRestMessageTransport().send(request)).toMatchObject({ ok: false, failure: { kind: 'timeout' } })
        FakeRestMessageV2.next = { status: 0, throwOnExecute: 'Invalid endpoint' }
        expect(createRestMessageTransport().send(request)).toEqual({
            ok: false,
            failure: { kind: 'network', message: 'Invalid endpoint' },
        })
    })

    it('a response whose headers cannot be read still returns status and body', () => {
        FakeRestMessageV2.next = { status: 200, body: '{}', throwOnGetHeaders: true }
        expect(createRestMessageTransport().send(request)).toEqual({
            ok: true,
            response: { status: 200, body: '{}', headers: {} },
        })
    })
})
