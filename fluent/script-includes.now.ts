import { Acl, ScriptInclude } from '@servicenow/sdk/core'
import { agentRole } from './security/roles.now'

// GlideAjax processor for the Workspace Transfer Email modal; bundled from
// src/script-includes/genesys-email-routing-ajax.ts.
export const GenesysEmailRoutingAjax = ScriptInclude({
    $id: Now.ID['script-include-genesys-email-routing-ajax'],
    name: 'GenesysEmailRoutingAjax',
    script: Now.include('../build/script-includes/genesys-email-routing-ajax.js'),
    description: 'Transfer Email modal: mapped transfer targets and the transfer itself, checked on the server.',
    accessibleFrom: 'package_private',
    clientCallable: true,
    active: true,
})

// Public server API; the script is bundled from src/script-includes/genesys-email-routing.ts.
export const GenesysEmailRouting = ScriptInclude({
    $id: Now.ID['script-include-genesys-email-routing'],
    name: 'GenesysEmailRouting',
    script: Now.include('../build/script-includes/genesys-email-routing.js'),
    description: 'Genesys Email Routing public API: validate queue mappings (more operations follow the use cases).',
    accessibleFrom: 'public',
    clientCallable: false,
    active: true,
})

Acl({
    $id: Now.ID['acl-transfer-ajax-execute'],
    type: 'client_callable_script_include',
    name: 'x_gcer.GenesysEmailRoutingAjax',
    operation: 'execute',
    roles: [agentRole],
    description: 'Only Genesys email agents may call the Transfer Email GlideAjax processor.',
})
