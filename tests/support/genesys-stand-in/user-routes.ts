import { notFound } from './error-body'
import type { Route } from './route'

/**
 * GET /api/v2/users/{userId} (SDK `UsersApi.getUser`, model `User`). A deleted user answers 404
 * [inferred: getUser's `state` option defaults to active users; a deleted one is not found].
 */
export const userRoutes: readonly Route[] = [
    {
        method: 'GET',
        template: '/api/v2/users/{uid}',
        handle: (params, _incoming, state) => {
            const user = state.users.get(params.uid)
            const userState = user?.state ?? 'active'
            if (user === undefined || userState === 'deleted') return notFound('user')
            return {
                status: 200,
                body: { id: user.id, name: user.name, state: userState, selfUri: `/api/v2/users/${user.id}` },
            }
        },
    },
]
