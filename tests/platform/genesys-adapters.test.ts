import { createCredentialsProvider, type AliasCredentialLookup } from '../../src/platform/genesys/credentials-provider'
import { createTokenStore } from '../../src/platform/genesys/token-store'
import { unconfiguredGenesysApi } from '../../src/platform/genesys/unconfigured-genesys-api'
import { allRecords, glideStats, resetGlide, resetGlideStats } from '../fakes/glide'
import { installPasswordElementShim } from './support/password-element'
import { declarePlatformSchema } from './support/platform-schema'

/** A Connection & Credential alias stand-in, scripted per test (sn_cc has no fake in tests/fakes/glide). */
const aliases: Record<string, Record<string, string> | 'throw'> = {}
const lookup: AliasCredentialLookup = (id) => {
    const found = aliases[id]
    if (found === 'throw') throw new Error('Alias not found: ' + id)
    return found ? { getAttribute: (name: string) => found[name] ?? null } : null
}

beforeAll(() => installPasswordElementShim())
beforeEach(() => {
    resetGlide({ schema: true })
    declarePlatformSchema()
})

describe('token store', () => {
    const EXPIRES = Date.UTC(2025, 0, 1, 1, 0, 0)

    it('stores the token encrypted, one row per environment, and reads it back decrypted', () => {
        const store = createTokenStore('mypurecloud.ie')
        expect(store.get()).toBeUndefined()
        store.put({ accessToken: 'secret-token-1', expiresAtMs: EXPIRES })
        const rows = allRecords('x_gcer_oauth_token')
        expect(rows).toHaveLength(1)
        expect(rows[0].access_token).not.toContain('secret-token-1')
        expect(rows[0]).toMatchObject({ environment: 'mypurecloud.ie', expires_at: '2025-01-01 01:00:00' })
        expect(store.get()).toEqual({ accessToken: 'secret-token-1', expiresAtMs: EXPIRES })
    })

    it('replaces the row of its environment and leaves other environments alone', () => {
        createTokenStore('mypurecloud.com').put({ accessToken: 'us', expiresAtMs: EXPIRES })
        const ie = createTokenStore('mypurecloud.ie')
        ie.put({ accessToken: 'ie-1', expiresAtMs: EXPIRES })
        resetGlideStats()
        ie.put({ accessToken: 'ie-2', expiresAtMs: EXPIRES + 1000 })
        expect(glideStats()).toMatchObject({ reads: 1, writes: 1 })
        expect(allRecords('x_gcer_oauth_token')).toHaveLength(2)
        expect(ie.get()?.accessToken).toBe('ie-2')
        expect(createTokenStore('mypurecloud.com').get()?.accessToken).toBe('us')
    })
})

describe('credentials provider', () => {
    it('reads the client id and secret from the alias credential', () => {
        aliases.a1 = { user_name: 'client-id', password: 'client-secret' }
        expect(createCredentialsProvider('a1', lookup).get()).toEqual({
            ok: true,
            value: { clientId: 'client-id', clientSecret: 'client-secret' },
        })
    })

    it.each([
        ['', 'no Connection & Credential alias is configured'],
        ['missing', 'the Connection & Credential alias has no credential'],
        ['broken', 'the Connection & Credential alias could not be read'],
        ['nosecret', 'the credential of the alias lacks a user name (client id) or password (client secret)'],
    ])('fails as data for alias %j', (alias, message) => {
        aliases.broken = 'throw'
        aliases.nosecret = { user_name: 'client-id' }
        expect(createCredentialsProvider(alias, lookup).get()).toEqual({ ok: false, error: message })
    })
})

describe('unconfigured Genesys API', () => {
    it('fails every call with the configuration problem and sends nothing', () => {
        const api = unconfiguredGenesysApi({
            property: 'x_gcer.genesys.environment',
            code: 'unknown_environment',
            message: 'Unknown Genesys Cloud environment',
        })
        const result = api.park('c', 'p')
        expect(result).toEqual({
            ok: false,
            error: {
                kind: 'configuration',
                status: 0,
                code: 'invalid.unknown_environment',
                message: 'x_gcer.genesys.environment Unknown Genesys Cloud environment',
            },
        })
        expect(api.listQueues().ok).toBe(false)
    })
})
