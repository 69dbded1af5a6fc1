import type { GenesysClientApi } from '../../../src/genesys/genesys-api'
import { createGenesysClient } from '../../../src/genesys/genesys-client'
import { createMemoryTokenStore } from '../../../src/genesys/genesys-ports'
import type { Logger, TokenStore } from '../../../src/genesys/genesys-ports'
import type { HttpRequest, HttpTransport, TransportOutcome } from '../../../src/genesys/http-transport'
import { INTERACTIVE_RETRY_POLICY } from '../../../src/genesys/retry-policy'
import type { RetryPolicy } from '../../../src/genesys/retry-policy'
import { RedirectTransport } from './redirect-transport'
import type { RunningStandIn } from './start-stand-in'

/** The interactive policy as shipped, with a per-attempt timeout short enough for a test run. */
export const FAULT_TEST_POLICY: RetryPolicy = {
    ...INTERACTIVE_RETRY_POLICY,
    name: 'interactive-300ms',
    requestTimeoutMs: 300,
}

/** A clock that only moves when the client sleeps: no real waiting, budgets still add up. */
export class SteppingClock {
    readonly sleeps: number[] = []
    constructor(public ms = Date.UTC(2025, 0, 1)) {}
    nowMs(): number {
        return this.ms
    }
    sleep(ms: number): void {
        this.sleeps.push(ms)
        this.ms += ms
    }
}

/** Counts what the client hands to the transport (also attempts that never reach the stand-in). */
class CountingTransport implements HttpTransport {
    readonly sent: HttpRequest[] = []
    constructor(private readonly inner: HttpTransport) {}
    send(request: HttpRequest): TransportOutcome {
        this.sent.push(request)
        return this.inner.send(request)
    }
}

export interface ClientHarness {
    readonly client: GenesysClientApi
    readonly clock: SteppingClock
    readonly tokenStore: TokenStore
    /** Requests as the client built them (real Genesys URLs, before redirection to the stand-in). */
    readonly sent: readonly HttpRequest[]
    readonly logLines: readonly string[]
}

export interface HarnessOptions {
    readonly policy?: RetryPolicy
    /** Where the client's requests really go; defaults to the stand-in. */
    readonly baseUrl?: string
    readonly clientSecret?: string
    /** Where the client's clock starts (epoch ms); defaults to 2025-01-01. Use Date.now() when the
     * client builds times the stand-in compares with its own (analytics intervals). */
    readonly clockStartMs?: number
}

/**
 * The unmodified REST client from src/genesys, configured for a real region (mypurecloud.ie), its
 * requests redirected to the stand-in over the synchronous real-HTTP transport.
 */
export function createClientHarness(standIn: RunningStandIn, options: HarnessOptions = {}): ClientHarness {
    const clock = new SteppingClock(options.clockStartMs)
    const tokenStore = createMemoryTokenStore()
    const counting = new CountingTransport(new RedirectTransport(standIn.transport, options.baseUrl ?? standIn.baseUrl))
    const logLines: string[] = []
    const logger: Logger = {
        info: (m) => logLines.push(`INFO ${m}`),
        warn: (m) => logLines.push(`WARN ${m}`),
        error: (m) => logLines.push(`ERROR ${m}`),
    }
    const client = createGenesysClient({
        environment: 'mypurecloud.ie',
        transport: counting,
        credentials: {
            get: () => ({
                ok: true,
                value: {
                    clientId: standIn.options.clientId,
                    clientSecret: options.clientSecret ?? standIn.options.clientSecret,
                },
            }),
        },
        tokenStore,
        clock,
        sleeper: clock,
        logger,
        retryPolicy: options.policy ?? FAULT_TEST_POLICY,
    })
    return { client, clock, tokenStore, sent: counting.sent, logLines }
}

/** The stand-in's recorded requests as `METHOD /path`, with `!fault` when a fault answered. */
export function trail(standIn: RunningStandIn): string[] {
    return standIn.admin.requests().map((r) => `${r.method} ${r.path}${r.fault === undefined ? '' : ` !${r.fault}`}`)
}
