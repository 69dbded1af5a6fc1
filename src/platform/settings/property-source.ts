import { gs } from '@servicenow/glide'
import type { ConfigSource } from '../../app/ports'
import { readRoutingConfig } from './routing-config'
import type { PropertySource } from './settings-problem'

/** gs.getProperty: always a string on the instance, null here when the property does not exist. */
export const systemProperties: PropertySource = (name) => {
    const value = gs.getProperty(name, null)
    return value === null || value === undefined ? null : String(value)
}

/** Reads the properties on every call: admins change them at run time, and a cached bad value would stick. */
export function createConfigSource(): ConfigSource {
    return {
        read() {
            const config = readRoutingConfig(systemProperties)
            return config.ok ? config : { ok: false, error: config.error[0] }
        },
    }
}
