import { UiAction } from '@servicenow/sdk/core'
import { adminRole, agentRole } from './security/roles.now'
import { createCaseAction } from '../src/server/ui-actions/create-case-action'
import { resumeAction } from '../src/server/ui-actions/resume-action'
import { retryOutboxRowAction } from '../src/server/ui-actions/retry-outbox-row-action'
import { setupCheckAction } from '../src/server/ui-actions/setup-check-action'

// Hold: a Workspace modal with an optional "Resume at" (bundled from src/client/hold-email.ts). Empty: On Hold
// until the customer replies; set: Genesys parks the email until then (resumeTime, at most 7 days) and resumes
// it to the same agent. The GlideAjax include re-checks owner/admin, status and the time on the server.
UiAction({
    $id: Now.ID['ui-action-hold'],
    table: 'interaction',
    name: 'Hold',
    actionName: 'x_gcer_hold',
    hint: 'Put the email On Hold while waiting for the customer, or until a time you pick; Genesys parks it for you.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 100,
    roles: [agentRole],
    condition:
        "current.getValue('x_gcer_routing_status') == 'connected' && (current.getValue('assigned_to') == gs.getUserID() || gs.hasRole('x_gcer.admin'))",
    client: { isClient: true, isUi16Compatible: false, isUi11Compatible: false, onClick: '' },
    form: { showButton: false },
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        clientScriptV2: Now.include('../build/client/hold-email.js'),
    },
})

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
        clientScriptV2: Now.include('../build/client/transfer-email.js'),
    },
})

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
        clientScriptV2: Now.include('../build/client/disconnect-email.js'),
    },
})

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

// Gives a dead Genesys update another full round of attempts once an admin fixed the cause.
UiAction({
    $id: Now.ID['ui-action-retry-outbox-row'],
    table: 'x_gcer_outbox',
    name: 'Retry',
    actionName: 'x_gcer_retry_outbox_row',
    hint: 'Send this Genesys update again (attempts start over); the last error stays until the next try.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 100,
    roles: [adminRole],
    condition: "current.getValue('state') == 'dead'",
    form: { showButton: true, style: 'primary' },
    script: retryOutboxRowAction,
})

// The admin's setup check, one message per line (src/server/setup-check.ts). A list banner button on the
// outbox, the admin's own table: a server-side UiAction is what the SDK's ui-action-guide supports with a
// shipped module; a UiPage would be a React app (ui-page-guide) for a read-only report. The app menu's
// "Setup check" module opens this list; scripts and ATF call x_gcer.GenesysEmailRouting.setupCheck().
UiAction({
    $id: Now.ID['ui-action-setup-check'],
    table: 'x_gcer_outbox',
    name: 'Run setup check',
    actionName: 'x_gcer_setup_check',
    hint: 'Check the configuration, the integration user and Genesys (token, permissions, queues, wrap-up codes, agents).',
    active: true,
    // List-only (no form placement): shown on the list whether or not it is filtered.
    showInsert: true,
    showUpdate: false,
    showQuery: true,
    order: 200,
    roles: [adminRole],
    condition: "gs.hasRole('x_gcer.admin')",
    list: { showBannerButton: true, style: 'primary' },
    script: setupCheckAction,
})

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
        clientScriptV2: Now.include('../build/client/reply-email.js'),
    },
})
