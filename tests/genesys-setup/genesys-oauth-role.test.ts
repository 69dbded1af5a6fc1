import fs from 'fs'
import path from 'path'
import { genesysPaths } from '../../src/genesys/genesys-paths'
import { loadGenesysFile } from '../support/genesys-data-action'
import { SDK_ENUMS } from '../support/genesys-enums'
import { checkAgainstModel } from '../support/sdk-models'
import { API_PERMISSIONS, GRANTED_FOR } from './api-permissions'

const CLIENT_SOURCE = path.join(__dirname, '..', '..', 'src', 'genesys', 'genesys-client.ts')

/** `{conversationId}`-style template of a genesysPaths builder (its parameter names are the ids). */
function templateOf(key: keyof typeof genesysPaths): string {
    const builder = genesysPaths[key] as (...ids: string[]) => string
    const names = /^\(([^)]*)\)/.exec(builder.toString())?.[1] ?? ''
    const ids = names
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '')
    return decodeURIComponent(builder(...ids.map((n) => `{${n}}`)))
}

/** Every `METHOD /template` the shipped client calls, read from its source. */
function operationsTheClientCalls(): string[] {
    const source = fs.readFileSync(CLIENT_SOURCE, 'utf8')
    const calls = new Set<string>()
    for (const m of source.matchAll(/method: '(\w+)',\s*path: genesysPaths\.(\w+)\(/g)) {
        calls.add(`${m[1]} ${templateOf(m[2] as keyof typeof genesysPaths)}`)
    }
    // Paged lists are GETs made through fetchAllPages.
    for (const m of source.matchAll(/fetchAllPages\([^)]*?genesysPaths\.(\w+)\(/g)) {
        calls.add(`GET ${templateOf(m[1] as keyof typeof genesysPaths)}`)
    }
    return [...calls].sort()
}

describe('genesys/oauth: the OAuth client and its role', () => {
    const role = loadGenesysFile('oauth/role.json')
    const client = loadGenesysFile('oauth/client.json', { roleId: 'r-1', queueDivisionId: 'd-1' })

    it('finds the client calls it checks (the source scan is not empty)', () => {
        expect(operationsTheClientCalls().length).toBeGreaterThanOrEqual(10)
    })

    it('knows the documented permissions of every operation the client calls', () => {
        const unknown = operationsTheClientCalls().filter((op) => API_PERMISSIONS[op] === undefined)
        expect(unknown).toEqual([])
    })

    it('grants for each operation only permissions the API definition lists for it, and enough of them', () => {
        for (const op of operationsTheClientCalls()) {
            const documented = API_PERMISSIONS[op].any
            const granted = GRANTED_FOR[op]
            expect(granted.every((p) => documented.includes(p))).toBe(true)
            expect(documented.length === 0 || granted.length > 0).toBe(true)
        }
    })

    it('lists exactly the permissions of the calls the client makes, no more', () => {
        const needed = [...new Set(operationsTheClientCalls().flatMap((op) => GRANTED_FOR[op]))].sort()
        expect(role.permissions).toEqual(needed)
    })

    it('is a DomainOrganizationRoleCreate and the client an OAuthClientRequest with client credentials', () => {
        expect(checkAgainstModel(role, 'DomainOrganizationRoleCreate')).toEqual([])
        expect(checkAgainstModel(client, 'OAuthClientRequest')).toEqual([])
        expect(SDK_ENUMS['OAuthClientRequest.authorizedGrantType']).toContain(client.authorizedGrantType)
        expect(client.authorizedGrantType).toBe('CLIENT-CREDENTIALS')
        // Token lifetime per OAuth client: 300 to 172800 s (DOMAIN.md section 3).
        expect(client.accessTokenValiditySeconds).toBeGreaterThanOrEqual(300)
        expect(client.accessTokenValiditySeconds).toBeLessThanOrEqual(172800)
    })
})
