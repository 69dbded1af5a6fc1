import { UiAction } from '@servicenow/sdk/core'
import { disconnectAction } from '../../src/server/ui-actions/disconnect-action'
import { agentRole } from '../roles/agent.now'

// Close the email with the default wrap-up code; later replies go back through Genesys.
UiAction({
    $id: Now.ID['ui-action-disconnect'],
    table: 'interaction',
    name: 'Disconnect',
    actionName: 'x_gcer_disconnect',
    hint: 'Close the email with the default wrap-up code; later replies go back through Genesys.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 140,
    roles: [agentRole],
    condition:
        "/^(connected|parked)$/.test(current.getValue('x_gcer_routing_status')) && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    form: { showButton: true, style: 'destructive' },
    workspace: { isConfigurableWorkspace: true, showFormButtonV2: true },
    script: disconnectAction,
})
