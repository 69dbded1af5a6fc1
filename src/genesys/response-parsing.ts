import type { ConversationParticipant, EmailConversation } from './genesys-api'
import { isRecord, stringField } from './json'

/**
 * Genesys returns participants with `user: {id}` and `queue: {id}` (EmailMediaParticipant); flat
 * `userId`/`queueId` (the analytics shape) are accepted too so either source maps the same way.
 */
export function toEmailConversation(body: unknown): EmailConversation | undefined {
    if (!isRecord(body)) return undefined
    const id = stringField(body, 'id')
    const rawParticipants = body['participants']
    if (id === undefined || !Array.isArray(rawParticipants)) return undefined
    const participants: ConversationParticipant[] = []
    for (const raw of rawParticipants) {
        if (!isRecord(raw)) continue
        const participantId = stringField(raw, 'id')
        if (participantId === undefined) continue
        const participant: { -readonly [K in keyof ConversationParticipant]: ConversationParticipant[K] } = {
            id: participantId,
            purpose: stringField(raw, 'purpose') || '',
            state: stringField(raw, 'state') || '',
        }
        const userId = refId(raw, 'user') || stringField(raw, 'userId')
        const queueId = refId(raw, 'queue') || stringField(raw, 'queueId')
        if (userId !== undefined) participant.userId = userId
        if (queueId !== undefined) participant.queueId = queueId
        const resumeTime = stringField(raw, 'resumeTime')
        if (resumeTime !== undefined) participant.resumeTime = resumeTime
        const attributes = stringMap(raw['attributes'])
        if (attributes) participant.attributes = attributes
        participants.push(participant)
    }
    return { id, participants }
}

function stringMap(value: unknown): Record<string, string> | undefined {
    if (!isRecord(value)) return undefined
    const map: Record<string, string> = {}
    for (const key of Object.keys(value)) if (typeof value[key] === 'string') map[key] = value[key] as string
    return Object.keys(map).length > 0 ? map : undefined
}

function refId(record: Record<string, unknown>, name: string): string | undefined {
    const ref = record[name]
    return isRecord(ref) ? stringField(ref, 'id') : undefined
}

export interface ListingPage<T> {
    readonly entities: readonly T[]
    readonly pageCount: number
}

/** One page of an EntityListing; entities without an id are dropped, names default to the id. */
export function toIdNamePage(body: unknown): ListingPage<{ id: string; name: string }> | undefined {
    if (!isRecord(body)) return undefined
    const rawEntities = body['entities']
    if (rawEntities !== undefined && !Array.isArray(rawEntities)) return undefined
    const entities: { id: string; name: string }[] = []
    for (const raw of rawEntities || []) {
        if (!isRecord(raw)) continue
        const id = stringField(raw, 'id')
        if (id === undefined) continue
        entities.push({ id, name: stringField(raw, 'name') || id })
    }
    const pageCount = typeof body['pageCount'] === 'number' ? (body['pageCount'] as number) : 1
    return { entities, pageCount }
}

/** A bare JSON array of WrapupCode (the participant's codes are not an entity listing). */
export function toIdNameList(body: unknown): { id: string; name: string }[] | undefined {
    if (!Array.isArray(body)) return undefined
    const page = toIdNamePage({ entities: body })
    return page === undefined ? undefined : [...page.entities]
}

/** A Genesys `User`: id, name (defaults to the id) and state. */
export function toGenesysUser(body: unknown): { id: string; name: string; state: string } | undefined {
    if (!isRecord(body)) return undefined
    const id = stringField(body, 'id')
    if (id === undefined) return undefined
    return { id, name: stringField(body, 'name') || id, state: stringField(body, 'state') || '' }
}
