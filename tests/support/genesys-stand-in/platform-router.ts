import { API_PERMISSIONS } from '../../genesys-setup/api-permissions'
import { analyticsRoutes } from './analytics-routes'
import { conversationRoutes } from './conversation-routes'
import { errorReply, notFound, unauthorized } from './error-body'
import type { Incoming, Reply } from './http-kit'
import { matchTemplate } from './http-kit'
import { bearerToken } from './oauth-route'
import { participantRoutes } from './participant-routes'
import type { Route } from './route'
import { routingRoutes } from './routing-routes'
import { userRoutes } from './user-routes'
import type { StandInState } from './stand-in-state'

const routes: readonly Route[] = [
    ...conversationRoutes,
    ...participantRoutes,
    ...routingRoutes,
    ...analyticsRoutes,
    ...userRoutes,
]

/** `METHOD /a/{}/b`: templates compared without their parameter names. */
function shape(method: string, template: string): string {
    return `${method} ${template.replace(/\{[^}]+\}/g, '{}')}`
}

const PERMISSIONS_BY_SHAPE = new Map(
    Object.keys(API_PERMISSIONS).map((key) => {
        const [method, template] = key.split(' ')
        return [shape(method, template), API_PERMISSIONS[key].any] as const
    })
)

/**
 * 403 `missing.permissions` (a documented Genesys code, DOMAIN.md section 3) when the admin has
 * restricted the role and it grants none of the operation's permissions. Checked before the ids
 * are looked up [inferred: Genesys authorizes before it resolves the resource].
 */
function missingPermissions(route: Route, granted: ReadonlySet<string> | undefined): Reply | undefined {
    if (granted === undefined) return undefined
    const needed = PERMISSIONS_BY_SHAPE.get(shape(route.method, route.template)) ?? []
    if (needed.length === 0 || needed.some((p) => granted.has(p))) return undefined
    return errorReply(
        403,
        'missing.permissions',
        `Unable to perform the requested action. You are missing the following permission(s): [${needed.join(', ')}]`
    )
}

/** /api/v2/**: bearer token first (401), then the operation (404 for unknown paths or ids). */
export function routePlatform(incoming: Incoming, state: StandInState): Reply {
    const token = bearerToken(incoming)
    if (token === undefined || !state.isTokenValid(token)) return unauthorized()
    let pathKnown = false
    for (const route of routes) {
        const params = matchTemplate(route.template, incoming.path)
        if (params === undefined) continue
        pathKnown = true
        if (route.method !== incoming.method) continue
        return missingPermissions(route, state.grantedPermissions) ?? route.handle(params, incoming, state)
    }
    return pathKnown ? errorReply(405, 'method.not.allowed', 'Method not allowed.') : notFound('resource')
}
