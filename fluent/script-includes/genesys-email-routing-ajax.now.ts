import { ScriptInclude } from '@servicenow/sdk/core'

// GlideAjax processor for the Workspace Transfer Email modal; bundled from
// src/script-includes/genesys-email-routing-ajax.ts.
export const GenesysEmailRoutingAjax = ScriptInclude({
    $id: Now.ID['script-include-genesys-email-routing-ajax'],
    name: 'GenesysEmailRoutingAjax',
    script: Now.include('../../build/script-includes/genesys-email-routing-ajax.js'),
    description: 'Transfer Email modal: mapped transfer targets and the transfer itself, checked on the server.',
    accessibleFrom: 'package_private',
    clientCallable: true,
    active: true,
})
