import { systemLogger } from '../system-logger'
import { readMaxPayloadBytes } from './genesys-settings'
import { INTEGER_RULES } from './setting-rules'
import { PROPERTY } from '../property-names'
import { systemProperties } from './property-source'

/** x_gcer.api.max_payload_bytes; a malformed value keeps the default limit (and says so in the log). */
export function platformMaxPayloadBytes(): number {
    const read = readMaxPayloadBytes(systemProperties)
    if (read.ok) return read.value
    systemLogger.warn(`${read.error.property} ${read.error.message}; using the default limit`)
    return INTEGER_RULES[PROPERTY.inboundMaxPayloadBytes].fallback
}
