import { err, ok, type Result } from '../domain/result'
import type { GenesysError } from './genesys-error'

/**
 * Genesys Cloud environments (the official SDK's PureCloudRegionHosts, v262), keyed by AWS region.
 * An org lives in exactly one; its API and login hosts are `api.<env>` and `login.<env>`.
 */
export const GENESYS_ENVIRONMENTS: Readonly<Record<string, string>> = {
    us_east_1: 'mypurecloud.com',
    eu_west_1: 'mypurecloud.ie',
    ap_southeast_2: 'mypurecloud.com.au',
    ap_northeast_1: 'mypurecloud.jp',
    eu_central_1: 'mypurecloud.de',
    us_west_2: 'usw2.pure.cloud',
    ca_central_1: 'cac1.pure.cloud',
    ap_northeast_2: 'apne2.pure.cloud',
    eu_west_2: 'euw2.pure.cloud',
    ap_south_1: 'aps1.pure.cloud',
    us_east_2: 'use2.us-gov-pure.cloud',
    sa_east_1: 'sae1.pure.cloud',
    me_central_1: 'mec1.pure.cloud',
    ap_northeast_3: 'apne3.pure.cloud',
    eu_central_2: 'euc2.pure.cloud',
    mx_central_1: 'mxc1.pure.cloud',
    ap_southeast_1: 'apse1.pure.cloud',
    eusc_de_east_1: 'edee1.eusc-pure.cloud',
}

/** The environment domains: the choices of x_gcer.genesys.environment (string[]: the Property API wants it). */
export const GENESYS_ENVIRONMENT_DOMAINS: string[] = [
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
    'edee1.eusc-pure.cloud',
]

export interface GenesysHosts {
    /** The environment domain, e.g. `mypurecloud.ie`. */
    readonly environment: string
    /** `https://api.<env>`, no trailing slash. */
    readonly apiBaseUrl: string
    /** `https://login.<env>`, no trailing slash. */
    readonly loginBaseUrl: string
}

/**
 * Accepts what an admin is likely to type in the property: the domain (`mypurecloud.ie`), the API
 * host (`api.mypurecloud.ie`), or the region (`eu-west-1` / `eu_west_1`). Anything else is refused:
 * a typo must not send client credentials to an unknown host.
 */
export function resolveGenesysHosts(input: string): Result<GenesysHosts, GenesysError> {
    const cleaned = (input || '')
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, '')
    const withoutApi = cleaned.replace(/^(api|login)\./, '')
    const environment = findEnvironment(withoutApi)
    if (environment === undefined) {
        return err({
            kind: 'configuration',
            status: 0,
            code: 'unknown.environment',
            message: `Unknown Genesys Cloud environment '${cleaned.slice(0, 80)}'. Expected one of: ${Object.keys(
                GENESYS_ENVIRONMENTS
            )
                .map((region) => GENESYS_ENVIRONMENTS[region])
                .join(', ')}`,
        })
    }
    return ok({
        environment,
        apiBaseUrl: `https://api.${environment}`,
        loginBaseUrl: `https://login.${environment}`,
    })
}

function findEnvironment(candidate: string): string | undefined {
    const regionKey = candidate.replace(/-/g, '_')
    if (Object.prototype.hasOwnProperty.call(GENESYS_ENVIRONMENTS, regionKey)) {
        return GENESYS_ENVIRONMENTS[regionKey]
    }
    for (const region of Object.keys(GENESYS_ENVIRONMENTS)) {
        if (GENESYS_ENVIRONMENTS[region] === candidate) return candidate
    }
    return undefined
}
