import { UiAction } from '@servicenow/sdk/core'
import { agentRole } from '../roles/agent.now'

// Disconnect: a Workspace modal to pick the wrap-up code among the queue's Genesys codes (default
// preselected; bundled from src/client/disconnect-email.ts). Later replies go back through Genesys.
UiAction({
    $id: Now.ID['ui-action-disconnect'],
    table: 'interaction',
    name: 'Disconnect',
    actionName: 'x_gcer_disconnect',
    hint: 'Close the email with a wrap-up code; later replies go back through Genesys.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 140,
    roles: [agentRole],
    condition:
        "/^(connected|parked)$/.test(current.getValue('x_gcer_routing_status')) && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    client: { isClient: true, isUi16Compatible: false, isUi11Compatible: false, onClick: '' },
    form: { showButton: false },
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        clientScriptV2: Now.include('../../build/client/disconnect-email.js'),
    },
})
