import { conversationRoutes } from './conversation-routes'
import { errorReply, notFound, unauthorized } from './error-body'
import type { Incoming, Reply } from './http-kit'
import { matchTemplate } from './http-kit'
import { bearerToken } from './oauth-route'
import { participantRoutes } from './participant-routes'
import type { Route } from './route'
import { routingRoutes } from './routing-routes'
import type { StandInState } from './stand-in-state'

const routes: readonly Route[] = [...conversationRoutes, ...participantRoutes, ...routingRoutes]

/** /api/v2/**: bearer token first (401), then the operation (404 for unknown paths or ids). */
export function routePlatform(incoming: Incoming, state: StandInState): Reply {
    const token = bearerToken(incoming)
    if (token === undefined || !state.isTokenValid(token)) return unauthorized()
    let pathKnown = false
    for (const route of routes) {
        const params = matchTemplate(route.template, incoming.path)
        if (params === undefined) continue
        pathKnown = true
        if (route.method === incoming.method) return route.handle(params, incoming, state)
    }
    return pathKnown ? errorReply(405, 'method.not.allowed', 'Method not allowed.') : notFound('resource')
}
