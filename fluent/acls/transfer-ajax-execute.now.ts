import { Acl } from '@servicenow/sdk/core'
import { agentRole } from '../roles/agent.now'

Acl({
    $id: Now.ID['acl-transfer-ajax-execute'],
    type: 'client_callable_script_include',
    name: 'x_gcer.GenesysEmailRoutingAjax',
    operation: 'execute',
    roles: [agentRole],
    description: 'Only Genesys email agents may call the Transfer Email GlideAjax processor.',
})
