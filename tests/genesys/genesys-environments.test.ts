import {
    GENESYS_ENVIRONMENT_DOMAINS,
    GENESYS_ENVIRONMENTS,
    resolveGenesysHosts,
} from '../../src/genesys/genesys-environments'
import { harness, CLIENT_SECRET } from './genesys-test-kit'

const DOCUMENTED = [
    'mypurecloud.com',
    'mypurecloud.ie',
    'mypurecloud.com.au',
    'mypurecloud.jp',
    'mypurecloud.de',
    'usw2.pure.cloud',
    'cac1.pure.cloud',
    'apne2.pure.cloud',
    'euw2.pure.cloud',
    'aps1.pure.cloud',
    'use2.us-gov-pure.cloud',
    'sae1.pure.cloud',
    'mec1.pure.cloud',
    'apne3.pure.cloud',
    'euc2.pure.cloud',
    'mxc1.pure.cloud',
    'apse1.pure.cloud',
]

describe('Genesys environments', () => {
    it.each(DOCUMENTED)('%s maps to api.<env> and login.<env>', (env) => {
        expect(resolveGenesysHosts(env)).toEqual({
            ok: true,
            value: { environment: env, apiBaseUrl: `https://api.${env}`, loginBaseUrl: `https://login.${env}` },
        })
    })

    it('knows exactly the SDK region table (the documented 17 plus the EU sovereign cloud)', () => {
        const envs = Object.keys(GENESYS_ENVIRONMENTS).map((k) => GENESYS_ENVIRONMENTS[k])
        expect(envs.sort()).toEqual([...DOCUMENTED, 'edee1.eusc-pure.cloud'].sort())
    })

    it('accepts a region name, an API host or a URL as an admin might type it', () => {
        for (const input of ['eu-west-1', 'eu_west_1', 'api.mypurecloud.ie', ' https://login.MyPureCloud.ie/ ']) {
            const hosts = resolveGenesysHosts(input)
            expect(hosts.ok && hosts.value.apiBaseUrl).toBe('https://api.mypurecloud.ie')
        }
    })

    it('refuses an unknown environment with a configuration error', () => {
        for (const input of ['mypurecloud.co', 'evil.example.com', '', 'us-east-9']) {
            const hosts = resolveGenesysHosts(input)
            expect(hosts.ok).toBe(false)
            if (!hosts.ok) {
                expect(hosts.error.kind).toBe('configuration')
                expect(hosts.error.code).toBe('unknown.environment')
            }
        }
    })

    it('a client for an unknown environment sends nothing, not even the token request', () => {
        const { client, transport } = harness({ environment: 'mypurecloud.example' })
        const result = client.park('c1', 'p1')
        expect(result).toMatchObject({ ok: false, error: { kind: 'configuration' } })
        expect(transport.requests).toHaveLength(0)
        expect(JSON.stringify(result)).not.toContain(CLIENT_SECRET)
    })
})

describe('environment property choices', () => {
    it('lists exactly the known environment domains, so every choice resolves', () => {
        expect([...GENESYS_ENVIRONMENT_DOMAINS].sort()).toEqual(Object.values(GENESYS_ENVIRONMENTS).sort())
        for (const domain of GENESYS_ENVIRONMENT_DOMAINS) expect(resolveGenesysHosts(domain).ok).toBe(true)
    })
})
