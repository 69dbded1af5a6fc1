import { UiAction } from '@servicenow/sdk/core'
import { agentRole } from '../roles/agent.now'

// Reply: the agent writes to the customer from the interaction in a Workspace modal (bundled from
// src/client/reply-email.ts); the GlideAjax include checks owner/admin and status again and sends the
// email through the agent-reply notification, threaded to the interaction. Routing does not change.
UiAction({
    $id: Now.ID['ui-action-reply-email'],
    table: 'interaction',
    name: 'Reply',
    actionName: 'x_gcer_reply_email',
    hint: 'Write to the customer; the email is threaded to this interaction and routing does not change.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 90,
    roles: [agentRole],
    condition:
        "/^(connected|parked)$/.test(current.getValue('x_gcer_routing_status')) && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    client: { isClient: true, isUi16Compatible: false, isUi11Compatible: false, onClick: '' },
    form: { showButton: false },
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        clientScriptV2: Now.include('../../build/client/reply-email.js'),
    },
})
