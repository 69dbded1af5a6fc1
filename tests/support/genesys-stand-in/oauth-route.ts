import type { Incoming, Reply } from './http-kit'
import type { StandInState } from './stand-in-state'
import type { StandInOptions } from './stand-in-types'

/**
 * POST /oauth/token, client credentials grant (login host in real Genesys). OAuth errors use the
 * RFC 6749 shape ({error, error_description}), not the Platform API ErrorBody [inferred].
 */
export function issueToken(incoming: Incoming, state: StandInState, options: Required<StandInOptions>): Reply {
    if (incoming.method !== 'POST') return oauthError(405, 'invalid_request', 'POST only')
    const credentials = parseBasic(incoming.headers['authorization'])
    if (
        credentials === undefined ||
        credentials.id !== options.clientId ||
        credentials.secret !== options.clientSecret
    ) {
        return oauthError(401, 'invalid_client', 'client not found or bad secret')
    }
    const contentType = incoming.headers['content-type'] ?? ''
    if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        return oauthError(400, 'invalid_request', 'form body expected')
    }
    const grantType = new URLSearchParams(incoming.body).get('grant_type')
    if (grantType !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'client_credentials only')
    const token = state.issueToken(options.tokenLifetimeSeconds)
    return {
        status: 200,
        body: { access_token: token, token_type: 'bearer', expires_in: options.tokenLifetimeSeconds },
    }
}

function oauthError(status: number, error: string, description: string): Reply {
    return { status, body: { error, description, error_description: description } }
}

function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
    if (header === undefined || !/^basic /i.test(header)) return undefined
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) return undefined
    return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
}

/** The bearer token of a request, if it has one. */
export function bearerToken(incoming: Incoming): string | undefined {
    const header = incoming.headers['authorization']
    if (header === undefined || !/^bearer /i.test(header)) return undefined
    return header.slice(7).trim()
}
