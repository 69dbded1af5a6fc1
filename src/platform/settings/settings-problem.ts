import type { MappingError } from '../../domain/queue-mappings'
import type { ConfigProblem } from '../../app/ports'

export type SettingsProblemCode =
    | 'required'
    | 'not_an_integer'
    | 'out_of_range'
    | 'invalid_genesys_id'
    | 'invalid_queue_mappings'
    | 'unmapped_default_queue'
    | 'unknown_environment'
    | 'invalid_email_address'

/** A property that cannot be used, as data: which one, why (stable code) and what is wrong (without the name). */
export interface SettingsProblem extends ConfigProblem {
    readonly code: SettingsProblemCode
    /** For invalid_queue_mappings: every mapping error, each with its JSON path. */
    readonly mappingErrors?: readonly MappingError[]
}

/** Reads one property as stored: null when unset or blank. On the instance, gs.getProperty. */
export type PropertySource = (name: string) => string | null

export function problem(property: string, code: SettingsProblemCode, message: string): SettingsProblem {
    return { property, code, message }
}

/** The trimmed value, or null when unset or blank. */
export function textProperty(source: PropertySource, name: string): string | null {
    const raw = source(name)
    if (raw === null || raw === undefined) return null
    const text = String(raw).trim()
    return text === '' ? null : text
}
