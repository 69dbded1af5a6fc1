import { ScriptInclude } from '@servicenow/sdk/core'

// Public server API; the script is bundled from src/script-includes/genesys-email-routing.ts.
export const GenesysEmailRouting = ScriptInclude({
    $id: Now.ID['script-include-genesys-email-routing'],
    name: 'GenesysEmailRouting',
    script: Now.include('../../build/script-includes/genesys-email-routing.js'),
    description: 'Genesys Email Routing public API: validate queue mappings (more operations follow the use cases).',
    accessibleFrom: 'public',
    clientCallable: false,
    active: true,
})
