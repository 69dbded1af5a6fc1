import { describeMappingErrors, parseQueueMappings } from '../domain/queue-mappings'

/**
 * Public server API of the app (script include x_gcer.GenesysEmailRouting), for admins' scripts,
 * flows and other scopes. Bundled by esbuild into one IIFE; see scripts/build-includes.mjs.
 */
export const prototype = {
    initialize: function () {},

    /** Checks a queue-mapping JSON value before an admin saves it. */
    validateQueueMappings: function (json: string) {
        const result = parseQueueMappings(json)
        return result.ok
            ? { valid: true, queues: result.value.length, errors: [], message: '' }
            : { valid: false, queues: 0, errors: result.error, message: describeMappingErrors(result.error) }
    },

    type: 'GenesysEmailRouting',
}
