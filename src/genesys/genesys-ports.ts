import type { Result } from '../domain/result'

/** Wall-clock milliseconds since the epoch (instance: `new GlideDateTime().getNumericValue()`). */
export interface Clock {
    nowMs(): number
}

/** Blocks the current transaction (instance: a bounded busy wait; scoped apps have no `gs.sleep`). A port so tests never really wait. */
export interface Sleeper {
    sleep(ms: number): void
}

/** Lines arrive already redacted; adapters may write them to the system log as is. */
export interface Logger {
    info(message: string): void
    warn(message: string): void
    error(message: string): void
}

export interface StoredToken {
    readonly accessToken: string
    /** Use the token until this instant; the refresh margin is already subtracted. */
    readonly expiresAtMs: number
}

/**
 * Shares one access token across transactions so a busy instance does not ask Genesys for a token
 * per request (token requests are rate limited). The instance adapter stores it encrypted.
 */
export interface TokenStore {
    get(): StoredToken | undefined
    put(token: StoredToken): void
}

export interface ClientCredentials {
    readonly clientId: string
    readonly clientSecret: string
}

/**
 * The OAuth client of the Genesys org (instance: a Connection & Credential alias). The failure
 * text is shown to admins, so it must not contain the secret.
 */
export interface CredentialsProvider {
    get(): Result<ClientCredentials, string>
}

/** A TokenStore that lives as long as the object: for tests, the bench and one-off scripts. */
export function createMemoryTokenStore(): TokenStore {
    let token: StoredToken | undefined
    return {
        get: () => token,
        put: (next) => {
            token = next
        },
    }
}

export const SILENT_LOGGER: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }
