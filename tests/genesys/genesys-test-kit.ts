import { ok, err } from '../../src/domain/result'
import type { GenesysClientApi } from '../../src/genesys/genesys-api'
import { createGenesysClient, type GenesysClientDeps } from '../../src/genesys/genesys-client'
import { createMemoryTokenStore, type Logger, type TokenStore } from '../../src/genesys/genesys-ports'
import type { HttpRequest, HttpResponse, TransportOutcome } from '../../src/genesys/http-transport'

export const CLIENT_ID = 'client-id-1234'
export const CLIENT_SECRET = 'S3cr3t-client-secret-value'
export const TOKEN = 'access-token-AAAAAAAAAAAA'
export const TOKEN_2 = 'access-token-BBBBBBBBBBBB'

export type Reply = TransportOutcome | ((request: HttpRequest) => TransportOutcome)

export function json(status: number, body: unknown, headers: Record<string, string> = {}): TransportOutcome {
    return {
        ok: true,
        response: { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) },
    }
}

export function tokenReply(token = TOKEN, expiresIn = 86400): TransportOutcome {
    return json(200, { access_token: token, token_type: 'bearer', expires_in: expiresIn })
}

export function timeout(message = 'java.net.SocketTimeoutException: Read timed out'): TransportOutcome {
    return { ok: false, failure: { kind: 'timeout', message } }
}

/**
 * A transport answering from two scripted queues: one for the login host, one for the API host.
 * An empty API queue answers 200 {}; an empty login queue answers a fresh token.
 */
export class ScriptedTransport {
    readonly requests: HttpRequest[] = []
    readonly loginReplies: Reply[] = []
    readonly apiReplies: Reply[] = []

    send(request: HttpRequest): TransportOutcome {
        this.requests.push(request)
        const isLogin = request.url.indexOf('https://login.') === 0
        const queue = isLogin ? this.loginReplies : this.apiReplies
        const next = queue.shift()
        if (next === undefined) return isLogin ? tokenReply() : json(200, {})
        return typeof next === 'function' ? next(request) : next
    }

    get apiRequests(): HttpRequest[] {
        return this.requests.filter((r) => r.url.indexOf('https://api.') === 0)
    }

    get tokenRequests(): HttpRequest[] {
        return this.requests.filter((r) => r.url.indexOf('https://login.') === 0)
    }
}

export class FakeClock {
    constructor(public ms = Date.UTC(2025, 0, 1)) {}
    nowMs(): number {
        return this.ms
    }
}

/** Sleeping moves the fake clock, so token expiry and budgets see the time pass. */
export class FakeSleeper {
    readonly sleeps: number[] = []
    constructor(private readonly clock: FakeClock) {}
    sleep(ms: number): void {
        this.sleeps.push(ms)
        this.clock.ms += ms
    }
}

export class RecordingLogger implements Logger {
    readonly lines: string[] = []
    info(message: string): void {
        this.lines.push(`INFO ${message}`)
    }
    warn(message: string): void {
        this.lines.push(`WARN ${message}`)
    }
    error(message: string): void {
        this.lines.push(`ERROR ${message}`)
    }
}

export interface Harness {
    readonly client: GenesysClientApi
    readonly transport: ScriptedTransport
    readonly clock: FakeClock
    readonly sleeper: FakeSleeper
    readonly logger: RecordingLogger
    readonly store: TokenStore
}

export function harness(overrides: Partial<GenesysClientDeps> = {}): Harness {
    const transport = new ScriptedTransport()
    const clock = new FakeClock()
    const sleeper = new FakeSleeper(clock)
    const logger = new RecordingLogger()
    const store = overrides.tokenStore || createMemoryTokenStore()
    const client = createGenesysClient({
        environment: 'mypurecloud.ie',
        transport,
        credentials: { get: () => ok({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }) },
        tokenStore: store,
        clock,
        sleeper,
        logger,
        ...overrides,
    })
    return { client, transport, clock, sleeper, logger, store }
}

export const missingCredentials = { get: () => err('alias x_gcer.genesys not found') }

export function bodyOf(request: HttpRequest): unknown {
    return request.body === undefined ? undefined : JSON.parse(request.body)
}

export function responseOf(outcome: TransportOutcome): HttpResponse {
    if (!outcome.ok) throw new Error('not a response')
    return outcome.response
}
