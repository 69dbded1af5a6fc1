import { UiAction } from '@servicenow/sdk/core'
import { resumeAction } from '../../src/server/ui-actions/resume-action'
import { agentRole } from '../roles/agent.now'

// Take the email off hold and work it again.
UiAction({
    $id: Now.ID['ui-action-resume'],
    table: 'interaction',
    name: 'Resume',
    actionName: 'x_gcer_resume',
    hint: 'Take the email off hold and work it again.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 110,
    roles: [agentRole],
    condition:
        "current.getValue('x_gcer_routing_status') == 'parked' && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    form: { showButton: true, style: 'primary' },
    workspace: { isConfigurableWorkspace: true, showFormButtonV2: true },
    script: resumeAction,
})
