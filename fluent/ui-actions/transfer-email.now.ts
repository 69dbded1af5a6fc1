import { UiAction } from '@servicenow/sdk/core'
import { agentRole } from '../roles/agent.now'

// Transfer Email: a Workspace modal offering only Genesys-mapped queues and agents (bundled from
// src/client/transfer-email.ts); the GlideAjax include re-checks everything on the server.
UiAction({
    $id: Now.ID['ui-action-transfer-email'],
    table: 'interaction',
    name: 'Transfer Email',
    actionName: 'x_gcer_transfer_email',
    hint: 'Transfer this email to a Genesys-mapped queue or agent; your ownership and capacity are released.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 120,
    roles: [agentRole],
    condition:
        "/^(connected|parked)$/.test(current.getValue('x_gcer_routing_status')) && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    client: { isClient: true, isUi16Compatible: false, isUi11Compatible: false, onClick: '' },
    form: { showButton: false },
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        clientScriptV2: Now.include('../../build/client/transfer-email.js'),
    },
})
