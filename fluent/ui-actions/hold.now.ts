import { UiAction } from '@servicenow/sdk/core'
import { holdAction } from '../../src/server/ui-actions/hold-action'
import { agentRole } from '../roles/agent.now'

// Put the email On Hold while waiting for the customer; Genesys parks it for you.
UiAction({
    $id: Now.ID['ui-action-hold'],
    table: 'interaction',
    name: 'Hold',
    actionName: 'x_gcer_hold',
    hint: 'Put the email On Hold while waiting for the customer; Genesys parks it for you.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 100,
    roles: [agentRole],
    condition:
        "current.getValue('x_gcer_routing_status') == 'connected' && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    form: { showButton: true, style: 'unstyled' },
    workspace: { isConfigurableWorkspace: true, showFormButtonV2: true },
    script: holdAction,
})
