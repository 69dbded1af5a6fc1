import { UiAction } from '@servicenow/sdk/core'
import { createCaseAction } from '../../src/server/ui-actions/create-case-action'
import { agentRole } from '../roles/agent.now'

// Create a case from this email, notify the customer with its number and close the email.
UiAction({
    $id: Now.ID['ui-action-create-case'],
    table: 'interaction',
    name: 'Create Case',
    actionName: 'x_gcer_create_case',
    hint: 'Create a case from this email, notify the customer with its number and close the email.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 130,
    roles: [agentRole],
    condition:
        "/^(connected|parked)$/.test(current.getValue('x_gcer_routing_status')) && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    form: { showButton: true, style: 'primary' },
    workspace: { isConfigurableWorkspace: true, showFormButtonV2: true },
    script: createCaseAction,
})
