import { Acl, ScriptInclude } from '@servicenow/sdk/core'
import { agentRole } from './security/roles.now'

// Both scripts are thin Class.create bridges that require() a shipped module (src/server/) and
// delegate, as the SDK's script-include guide shows. The bridges are plain .js next to this file:
// outside serverModulesDir, so the SDK does not build them as modules, and pasted verbatim by Now.include.

// GlideAjax processor for the Workspace Hold, Reply, Transfer Email and Disconnect modals (src/server/workspace-ajax.ts).
export const GenesysEmailRoutingAjax = ScriptInclude({
    $id: Now.ID['script-include-genesys-email-routing-ajax'],
    name: 'GenesysEmailRoutingAjax',
    script: Now.include('./script-includes/genesys-email-routing-ajax.js'),
    description: 'Transfer Email modal: mapped transfer targets and the transfer itself, checked on the server.',
    accessibleFrom: 'package_private',
    clientCallable: true,
    active: true,
})

// Public server API (src/server/public-api.ts).
export const GenesysEmailRouting = ScriptInclude({
    $id: Now.ID['script-include-genesys-email-routing'],
    name: 'GenesysEmailRouting',
    script: Now.include('./script-includes/genesys-email-routing.js'),
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
