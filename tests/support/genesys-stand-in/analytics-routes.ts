import { badRequest } from './error-body'
import { parseJsonObject } from './http-kit'
import type { Route } from './route'
import type { Conversation } from './stand-in-state'

/**
 * POST /api/v2/analytics/conversations/details/query (SDK `postAnalyticsConversationsDetailsQuery`,
 * body `ConversationQuery`, answer `AnalyticsConversationQueryResponse`). The stand-in honours what
 * the app sends: `interval` (required), `segmentFilters` of type `and` with `dimension` mediaType and
 * `property` predicates matched against the attributes the conversation was created with, `order`,
 * `paging`. [inferred] That Genesys matches create attributes as segment properties (see
 * src/genesys/find-by-attribute.ts), that it sees a conversation at once (real analytics lags), and
 * that an empty answer omits `conversations`.
 */
export const analyticsRoutes: readonly Route[] = [
    {
        method: 'POST',
        template: '/api/v2/analytics/conversations/details/query',
        handle: (_params, incoming, state) => {
            const body = parseJsonObject(incoming.body)
            if (body === undefined) return badRequest('The request body is not valid JSON.')
            const interval = typeof body.interval === 'string' ? body.interval.split('/') : []
            const [from, to] = interval.map((t) => Date.parse(t))
            if (interval.length !== 2 || isNaN(from) || isNaN(to)) return badRequest('interval is required.')
            // [inferred] Genesys refuses an interval that ends before it starts.
            if (to <= from) return badRequest('The interval end must be after its start.')
            const predicates = predicatesOf(body.segmentFilters)
            if (predicates === undefined) return badRequest('Unsupported segmentFilters.')
            const paging = (body.paging ?? {}) as { pageSize?: number; pageNumber?: number }
            const pageSize = paging.pageSize ?? 25
            const pageNumber = paging.pageNumber ?? 1
            const matching = [...state.conversations.values()]
                .filter((c) => {
                    const start = Date.parse(startOf(c))
                    return start >= from && start < to && predicates.every((p) => p(c))
                })
                .sort((a, b) => startOf(a).localeCompare(startOf(b)) * (body.order === 'desc' ? -1 : 1))
            const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize)
            if (page.length === 0) return { status: 200, body: { totalHits: matching.length } }
            return {
                status: 200,
                body: { conversations: page.map(analyticsView), totalHits: matching.length },
            }
        },
    },
]

type Predicate = (conversation: Conversation) => boolean

function predicatesOf(filters: unknown): Predicate[] | undefined {
    if (filters === undefined) return []
    if (!Array.isArray(filters)) return undefined
    const out: Predicate[] = []
    for (const filter of filters as { type?: string; predicates?: Record<string, unknown>[] }[]) {
        if (filter.type !== 'and' || !Array.isArray(filter.predicates)) return undefined
        for (const p of filter.predicates) {
            if (p.type === 'dimension' && p.dimension === 'mediaType') out.push(() => p.value === 'email')
            else if (p.type === 'property' && p.propertyType === 'string' && typeof p.property === 'string') {
                const name = p.property
                if (p.operator === 'exists') out.push((c) => name in c.attributes)
                else if (p.operator === 'notExists') out.push((c) => !(name in c.attributes))
                else out.push((c) => c.attributes[name] === p.value)
            } else return undefined
        }
    }
    return out
}

function startOf(conversation: Conversation): string {
    return conversation.participants[0].startTime
}

/** AnalyticsConversationWithoutAttributes: no participant attributes in this answer (SDK model). */
function analyticsView(c: Conversation): Record<string, unknown> {
    return {
        conversationId: c.id,
        conversationStart: startOf(c),
        originatingDirection: 'inbound',
        participants: c.participants.map((p) => ({
            participantId: p.id,
            purpose: p.purpose,
            ...(p.userId === undefined ? {} : { userId: p.userId }),
        })),
    }
}
