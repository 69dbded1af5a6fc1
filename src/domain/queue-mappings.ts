import { isGenesysId } from './genesys-id'
import { err, ok, type Result } from './result'

/**
 * Queue mappings come from the property x_gcer.genesys.queue_mappings, a JSON array such as
 * `[{"queueId": "<genesys queue uuid>", "name": "Billing", "default": true}]`. Only mapped queues
 * are offered for transfer; the default one receives new emails.
 */
export interface QueueMapping {
    readonly queueId: string
    readonly name: string
    readonly isDefault: boolean
}

export type MappingErrorCode =
    | 'invalid_json'
    | 'not_an_array'
    | 'too_many_entries'
    | 'entry_not_object'
    | 'unknown_key'
    | 'missing_queue_id'
    | 'invalid_queue_id'
    | 'missing_name'
    | 'invalid_default'
    | 'duplicate_queue_id'
    | 'duplicate_name'
    | 'multiple_defaults'

export interface MappingError {
    readonly code: MappingErrorCode
    /** Where in the JSON, e.g. `[2].queueId`; `$` for the whole value. */
    readonly path: string
    readonly message: string
}

/** A property value is at most 4000 characters; 100 queues is far beyond a sensible picker. */
export const MAX_QUEUE_MAPPINGS = 100
const MAX_NAME_LENGTH = 100
const KNOWN_KEYS = ['queueId', 'name', 'default']

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkEntry(entry: unknown, at: string, errors: MappingError[]): QueueMapping | null {
    if (!isPlainObject(entry)) {
        errors.push({ code: 'entry_not_object', path: at, message: `${at} must be an object` })
        return null
    }
    const before = errors.length
    for (const key of Object.keys(entry)) {
        if (!KNOWN_KEYS.includes(key))
            errors.push({
                code: 'unknown_key',
                path: `${at}.${key}`,
                message: `${at}.${key} is not a known key (expected ${KNOWN_KEYS.join(', ')})`,
            })
    }
    const { queueId, name } = entry
    if (queueId === undefined || queueId === null || queueId === '')
        errors.push({ code: 'missing_queue_id', path: `${at}.queueId`, message: `${at}.queueId is required` })
    else if (!isGenesysId(queueId))
        errors.push({
            code: 'invalid_queue_id',
            path: `${at}.queueId`,
            message: `${at}.queueId must be a Genesys queue id (a UUID)`,
        })
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH)
        errors.push({
            code: 'missing_name',
            path: `${at}.name`,
            message: `${at}.name must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`,
        })
    if (entry.default !== undefined && typeof entry.default !== 'boolean')
        errors.push({ code: 'invalid_default', path: `${at}.default`, message: `${at}.default must be true or false` })
    if (errors.length > before) return null
    return {
        queueId: (queueId as string).toLowerCase(),
        name: (name as string).trim(),
        isDefault: entry.default === true,
    }
}

function checkSet(mappings: readonly (QueueMapping | null)[], errors: MappingError[]): void {
    const ids = new Map<string, number>()
    const names = new Map<string, number>()
    const defaults: number[] = []
    mappings.forEach((mapping, index) => {
        if (!mapping) return
        const at = `[${index}]`
        const sameId = ids.get(mapping.queueId)
        if (sameId !== undefined)
            errors.push({
                code: 'duplicate_queue_id',
                path: `${at}.queueId`,
                message: `${at}.queueId repeats [${sameId}].queueId`,
            })
        else ids.set(mapping.queueId, index)
        const nameKey = mapping.name.toLowerCase()
        const sameName = names.get(nameKey)
        if (sameName !== undefined)
            errors.push({
                code: 'duplicate_name',
                path: `${at}.name`,
                message: `${at}.name repeats [${sameName}].name`,
            })
        else names.set(nameKey, index)
        if (mapping.isDefault) defaults.push(index)
    })
    if (defaults.length > 1)
        errors.push({
            code: 'multiple_defaults',
            path: '$',
            message: `only one queue may be the default; ${defaults.map((i) => `[${i}]`).join(', ')} all are`,
        })
}

/** Parses and validates the whole mapping; any error means none of it is used. */
export function parseQueueMappings(json: string | null | undefined): Result<readonly QueueMapping[], MappingError[]> {
    if (json === null || json === undefined || json.trim() === '') return ok([])
    let parsed: unknown
    try {
        parsed = JSON.parse(json)
    } catch {
        return err([{ code: 'invalid_json', path: '$', message: 'the queue mappings are not valid JSON' }])
    }
    if (!Array.isArray(parsed))
        return err([{ code: 'not_an_array', path: '$', message: 'the queue mappings must be a JSON array' }])
    if (parsed.length > MAX_QUEUE_MAPPINGS)
        return err([
            {
                code: 'too_many_entries',
                path: '$',
                message: `at most ${MAX_QUEUE_MAPPINGS} queues can be mapped; found ${parsed.length}`,
            },
        ])
    const errors: MappingError[] = []
    const mappings = parsed.map((entry, index) => checkEntry(entry, `[${index}]`, errors))
    checkSet(mappings, errors)
    return errors.length > 0 ? err(errors) : ok(mappings as QueueMapping[])
}

/** One line per error, for an admin-facing message or a log line. */
export function describeMappingErrors(errors: readonly MappingError[]): string {
    return errors.map((e) => `${e.path}: ${e.message}`).join('; ')
}

/** The mapped queues a Genesys queue listing does not have (ids compared case-insensitively). */
export function queuesUnknownTo(mappings: readonly QueueMapping[], listedIds: readonly string[]): QueueMapping[] {
    const known = new Set(listedIds.map((id) => id.toLowerCase()))
    return mappings.filter((m) => !known.has(m.queueId.toLowerCase()))
}
