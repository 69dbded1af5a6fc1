import { aliasCredentialLookup } from '../../src/platform/genesys/alias-credential-lookup'
import { createCredentialsProvider } from '../../src/platform/genesys/credentials-provider'
import { createTokenStore } from '../../src/platform/genesys/token-store'
import { unconfiguredGenesysApi } from '../../src/platform/genesys/unconfigured-genesys-api'
import { allRecords, glideStats, resetGlide, resetGlideStats, seedRecord } from '../fakes/glide'
import { seedAliasCredential } from '../fakes/glide/sn_cc'

const ALIAS = '0a1a2a3a4a5a6a7a8a9aaabacadaeafa'

beforeEach(() => resetGlide())

describe('token store', () => {
    const EXPIRES = Date.UTC(2025, 0, 1, 1, 0, 0)

    it('stores the token encrypted, one row per environment, and reads it back decrypted', () => {
        const store = createTokenStore('mypurecloud.ie', ALIAS)
        expect(store.get()).toBeUndefined()
        store.put({ accessToken: 'secret-token-1', expiresAtMs: EXPIRES })
        const rows = allRecords('x_gcer_oauth_token')
        expect(rows).toHaveLength(1)
        expect(rows[0].access_token).not.toContain('secret-token-1')
        expect(rows[0]).toMatchObject({
            environment: 'mypurecloud.ie',
            credential_alias: ALIAS,
            expires_at: '2025-01-01 01:00:00',
        })
        expect(store.get()).toEqual({ accessToken: 'secret-token-1', expiresAtMs: EXPIRES })
    })

    it('reads a token stored by an earlier transaction, and nothing for an empty token column', () => {
        seedRecord('x_gcer_oauth_token', {
            environment: 'mypurecloud.ie',
            credential_alias: ALIAS,
            access_token: 'from-before',
            expires_at: '2025-01-01 01:00:00',
        })
        seedRecord('x_gcer_oauth_token', {
            environment: 'usw2.pure.cloud',
            credential_alias: ALIAS,
            expires_at: '2025-01-01 01:00:00',
        })
        expect(createTokenStore('mypurecloud.ie', ALIAS).get()).toEqual({
            accessToken: 'from-before',
            expiresAtMs: EXPIRES,
        })
        expect(createTokenStore('usw2.pure.cloud', ALIAS).get()).toBeUndefined()
    })

    it('replaces the row of its environment and leaves other environments alone', () => {
        createTokenStore('mypurecloud.com', ALIAS).put({ accessToken: 'us', expiresAtMs: EXPIRES })
        const ie = createTokenStore('mypurecloud.ie', ALIAS)
        ie.put({ accessToken: 'ie-1', expiresAtMs: EXPIRES })
        resetGlideStats()
        ie.put({ accessToken: 'ie-2', expiresAtMs: EXPIRES + 1000 })
        expect(glideStats()).toMatchObject({ reads: 1, writes: 1 })
        expect(allRecords('x_gcer_oauth_token')).toHaveLength(2)
        expect(ie.get()?.accessToken).toBe('ie-2')
        expect(createTokenStore('mypurecloud.com', ALIAS).get()?.accessToken).toBe('us')
    })
})

describe('token store, per OAuth client', () => {
    it('never hands the token of one credential alias to another (switching client or org)', () => {
        const OTHER_ALIAS = '0b1b2b3b4b5b6b7b8b9bbbbcbdbebfb0'
        const expires = Date.UTC(2025, 0, 1, 1, 0, 0)
        createTokenStore('mypurecloud.ie', ALIAS).put({ accessToken: 'old-client', expiresAtMs: expires })
        expect(createTokenStore('mypurecloud.ie', OTHER_ALIAS).get()).toBeUndefined()
        createTokenStore('mypurecloud.ie', OTHER_ALIAS).put({ accessToken: 'new-client', expiresAtMs: expires })
        expect(createTokenStore('mypurecloud.ie', ALIAS).get()?.accessToken).toBe('old-client')
        expect(allRecords('x_gcer_oauth_token')).toHaveLength(2)
    })
})

describe('alias credential lookup (sn_cc)', () => {
    it('finds the credential the alias resolves to', () => {
        seedAliasCredential(ALIAS, { user_name: 'client-id', password: 'client-secret' })
        const credential = aliasCredentialLookup(ALIAS)
        expect(credential?.getAttribute('user_name')).toBe('client-id')
        expect(credential?.getAttribute('password')).toBe('client-secret')
    })

    it('answers null for an alias without a credential', () => {
        expect(aliasCredentialLookup(ALIAS)).toBeNull()
        expect(aliasCredentialLookup('')).toBeNull()
    })

    it('answers null for an attribute the credential lacks', () => {
        seedAliasCredential(ALIAS, { user_name: 'client-id' })
        expect(aliasCredentialLookup(ALIAS)?.getAttribute('password')).toBeNull()
    })
})

describe('credentials provider over the alias lookup', () => {
    it('reads the client id and secret from the alias credential', () => {
        seedAliasCredential(ALIAS, { user_name: 'client-id', password: 'client-secret' })
        expect(createCredentialsProvider(ALIAS, aliasCredentialLookup).get()).toEqual({
            ok: true,
            value: { clientId: 'client-id', clientSecret: 'client-secret' },
        })
    })

    it.each([
        ['no alias configured', '', {}, 'no Connection & Credential alias is configured'],
        ['an alias without a credential', ALIAS, null, 'the Connection & Credential alias has no credential'],
        [
            'a credential without a password',
            ALIAS,
            { user_name: 'client-id' },
            'the credential of the alias lacks a user name (client id) or password (client secret)',
        ],
        [
            'a credential without a user name',
            ALIAS,
            { password: 'client-secret' },
            'the credential of the alias lacks a user name (client id) or password (client secret)',
        ],
    ])('fails as data for %s', (_case, alias, attributes, message) => {
        if (attributes) seedAliasCredential(ALIAS, attributes)
        const result = createCredentialsProvider(alias, aliasCredentialLookup).get()
        expect(result).toEqual({ ok: false, error: message })
        expect(JSON.stringify(result)).not.toContain('client-secret')
    })

    it('fails as data when reading the alias throws', () => {
        const throwing = () => {
            throw new Error('Alias not found: ' + ALIAS)
        }
        expect(createCredentialsProvider(ALIAS, throwing).get()).toEqual({
            ok: false,
            error: 'the Connection & Credential alias could not be read',
        })
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
