/** Genesys Cloud object ids (queues, users, conversations, participants) are UUIDs. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isGenesysId(value: unknown): value is string {
    return typeof value === 'string' && UUID.test(value)
}
