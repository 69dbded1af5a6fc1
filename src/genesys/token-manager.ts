import { err, ok, type Result } from '../domain/result'
import { base64EncodeUtf8 } from './base64'
import { errorFromResponse, invalidResponse, withOptional } from './error-mapping'
import type { GenesysError } from './genesys-error'
import type { CredentialsProvider, StoredToken, TokenStore } from './genesys-ports'
import type { GenesysHosts } from './genesys-environments'
import type { Redactor } from './redaction'
import { exchangeWithRetry, type CallBudget, type ExchangeDeps } from './retrying-exchange'
import { formEncode } from './url-encoding'
import { isRecord, parseJson, stringField } from './json'

export interface TokenManagerDeps extends ExchangeDeps {
    readonly hosts: GenesysHosts
    readonly credentials: CredentialsProvider
    readonly store: TokenStore
    readonly redactor: Redactor
    /** Stop using a token this long before Genesys says it expires (clock skew, slow requests). */
    readonly refreshMarginMs: number
}

export interface TokenManager {
    /** A usable token: the cached one while fresh, otherwise a new one. */
    current(budget: CallBudget): Result<string, GenesysError>
    /**
     * Genesys refused `rejected` (401). Another transaction may already have stored a newer token;
     * use it if so, otherwise ask for a new one.
     */
    replace(rejected: string, budget: CallBudget): Result<string, GenesysError>
}

const TOKEN_PATH = '/oauth/token'

export function createTokenManager(deps: TokenManagerDeps): TokenManager {
    // A per-client memo saves a (decrypting) store read on every call of a transaction.
    let memo: StoredToken | undefined

    function fresh(token: StoredToken | undefined): token is StoredToken {
        return token !== undefined && token.accessToken !== '' && deps.clock.nowMs() < token.expiresAtMs
    }

    function fromStore(): StoredToken | undefined {
        const stored = deps.store.get()
        if (stored) deps.redactor.remember(stored.accessToken)
        return stored
    }

    function fetchToken(budget: CallBudget): Result<string, GenesysError> {
        const credentials = deps.credentials.get()
        if (!credentials.ok) {
            return err({
                kind: 'configuration',
                status: 0,
                code: 'missing.credentials',
                message: `Genesys OAuth client unavailable: ${credentials.error}`,
            })
        }
        const { clientId, clientSecret } = credentials.value
        deps.redactor.remember(clientSecret)
        if (!clientId || !clientSecret) {
            return err({
                kind: 'configuration',
                status: 0,
                code: 'missing.credentials',
                message: 'Genesys OAuth client id or secret is empty',
            })
        }
        const basic = base64EncodeUtf8(`${clientId}:${clientSecret}`)
        deps.redactor.remember(basic)
        const exchanged = exchangeWithRetry(
            deps,
            {
                method: 'POST',
                url: `${deps.hosts.loginBaseUrl}${TOKEN_PATH}`,
                headers: {
                    Authorization: `Basic ${basic}`,
                    'Content-Type': 'application/x-www-form-urlencoded',
                    Accept: 'application/json',
                },
                body: formEncode({ grant_type: 'client_credentials' }),
                timeoutMs: deps.policy.requestTimeoutMs,
            },
            // Asking for a token twice only costs a token: safe to repeat after a timeout.
            { idempotent: true, logPath: TOKEN_PATH, budget }
        )
        if (!exchanged.ok) return exchanged
        const response = exchanged.value
        if (response.status < 200 || response.status >= 300) {
            const error = errorFromResponse(response, deps.clock.nowMs())
            // The login host says 400 invalid_client / 401 for bad credentials; a 403 or 404 means the client or
            // the login host (region) is wrong. All are the admin's to fix, never "the resource is gone".
            if (response.status >= 400 && response.status < 500 && response.status !== 429) {
                return err(withOptional({ ...error, kind: 'auth', message: `Token request refused: ${error.message}` }))
            }
            return err(error)
        }
        const parsed = parseJson(response.body)
        const body = parsed.ok && isRecord(parsed.value) ? parsed.value : undefined
        const accessToken = body ? stringField(body, 'access_token') : undefined
        const expiresIn = body ? body['expires_in'] : undefined
        if (accessToken === undefined || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
            return err(invalidResponse(response, 'token response without access_token/expires_in'))
        }
        deps.redactor.remember(accessToken)
        const lifetimeMs = expiresIn * 1000
        // Short-lived tokens: never let the margin eat more than half the lifetime.
        const margin = Math.min(deps.refreshMarginMs, lifetimeMs / 2)
        const token: StoredToken = { accessToken, expiresAtMs: deps.clock.nowMs() + lifetimeMs - margin }
        memo = token
        deps.store.put(token)
        return ok(accessToken)
    }

    return {
        current(budget) {
            if (fresh(memo)) return ok(memo.accessToken)
            const stored = fromStore()
            if (fresh(stored)) {
                memo = stored
                return ok(stored.accessToken)
            }
            return fetchToken(budget)
        },
        replace(rejected, budget) {
            memo = undefined
            const stored = fromStore()
            if (fresh(stored) && stored.accessToken !== rejected) {
                memo = stored
                return ok(stored.accessToken)
            }
            return fetchToken(budget)
        },
    }
}
