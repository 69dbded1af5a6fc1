import { isRecord, stringField } from './json'

/**
 * The lookup that settles an unclear create (issue 8 item 3): which email conversation carries the
 * participant attribute the create set (`servicenowInteractionSysId`)?
 *
 * The operation is `POST /api/v2/analytics/conversations/details/query` (official SDK
 * `AnalyticsApi.postAnalyticsConversationsDetailsQuery(body: ConversationQuery)`, answering
 * `AnalyticsConversationQueryResponse`, index.d.ts of purecloud-platform-client-v2 262.0.0). Its
 * `segmentFilters[].predicates[]` (`SegmentDetailQueryPredicate`) take `type: 'property'` with
 * `propertyType`, `property`, `operator`, `value`; the SDK describes a property as "User-defined rather
 * than intrinsic system-observed values ... tagged onto segments by other components within PureCloud
 * or by API users directly" (AnalyticsProperty, official Go SDK model docs). Permission: ANY of
 * `analytics:conversationDetail:view`, `analytics:agentConversationDetail:view` (official SDK docs,
 * AnalyticsAPI.md, postAnalyticsConversationsDetailsQuery).
 *
 * [inferred] Not documented, so never trusted alone:
 * - that the participant attributes of `POST /api/v2/conversations/emails` are indexed as segment
 *   properties (the SDK also has `POST /api/v2/analytics/conversations/{id}/details/properties` to
 *   index properties explicitly);
 * - how fast analytics sees a new conversation (detail data is near-real-time, seconds to minutes).
 * Hence: the answer's model is `AnalyticsConversationWithoutAttributes` (no attributes come back), so
 * every candidate is confirmed by reading the conversation (`GET /api/v2/conversations/emails/{id}`,
 * participant `attributes`); and `null` proves only "not visible now", never "never created". A
 * caller must not re-create on a null right after the unclear create: wait past the analytics delay
 * (or ask an admin) first.
 */

/** Newest candidates confirmed by a read; more than this many matches for one sys_id is already wrong. */
const MAX_CANDIDATES = 5
/** Reaches past "now" so a clock behind Genesys's does not cut the newest conversation off [inferred margin]. */
export const INTERVAL_SLACK_MS = 60 * 60 * 1000

/** The ConversationQuery body: emails since `sinceIso` with the attribute, newest first. */
export function attributeQuery(name: string, value: string, sinceIso: string, nowMs: number): Record<string, unknown> {
    return {
        interval: `${sinceIso}/${new Date(nowMs + INTERVAL_SLACK_MS).toISOString()}`,
        order: 'desc',
        orderBy: 'conversationStart',
        paging: { pageSize: MAX_CANDIDATES, pageNumber: 1 },
        segmentFilters: [
            {
                type: 'and',
                predicates: [
                    { type: 'dimension', dimension: 'mediaType', operator: 'matches', value: 'email' },
                    { type: 'property', propertyType: 'string', property: name, operator: 'matches', value },
                ],
            },
        ],
    }
}

/**
 * Conversation ids of an AnalyticsConversationQueryResponse, newest `conversationStart` first.
 * No `conversations` field is an empty answer [inferred: Genesys omits it when nothing matched].
 */
export function candidateIds(body: unknown): string[] | undefined {
    if (!isRecord(body)) return undefined
    const raw = body['conversations']
    if (raw === undefined) return []
    if (!Array.isArray(raw)) return undefined
    const found: { id: string; start: string }[] = []
    for (const entry of raw) {
        if (!isRecord(entry)) continue
        const id = stringField(entry, 'conversationId')
        if (id !== undefined) found.push({ id, start: stringField(entry, 'conversationStart') || '' })
    }
    found.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0))
    return found.slice(0, MAX_CANDIDATES).map((c) => c.id)
}
