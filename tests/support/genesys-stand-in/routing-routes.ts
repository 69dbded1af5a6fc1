import { notFound } from './error-body'
import { pagedReply } from './paging'
import type { Route } from './route'

/** Queues and a queue's wrap-up codes, paged like Genesys entity listings. */
export const routingRoutes: readonly Route[] = [
    {
        method: 'GET',
        template: '/api/v2/routing/queues',
        handle: (_params, incoming, state) => pagedReply(incoming, [...state.queues.values()]),
    },
    {
        method: 'GET',
        template: '/api/v2/routing/queues/{qid}/wrapupcodes',
        handle: (params, incoming, state) => {
            if (!state.queues.has(params.qid)) return notFound('queue')
            const ids = state.queueWrapupCodes.get(params.qid) ?? []
            const codes = ids.flatMap((id) => {
                const code = state.wrapupCodes.get(id)
                return code === undefined ? [] : [code]
            })
            return pagedReply(incoming, codes)
        },
    },
]
