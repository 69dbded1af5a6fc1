import { Test } from '@servicenow/sdk/core'
import '@servicenow/sdk/global'

import { CREATE_CASE, RESUME, RETRY } from './ui-action-ids'

// UI action visibility per routing status and role, on the standard form (formUI standard_ui: a workspace
// form needs the instance's sys_ux_page_registry sys_id, SDK atf-guide "Avoidance" 6). Hold, Transfer Email,
// Disconnect and Reply are Workspace-only buttons (form.showButton false), so their visibility is checked in
// Workspace by hand (README). Records are inserted as the test runner (security off), then the user is
// impersonated. ATF rolls everything back.

Test(
    {
        $id: Now.ID['atf-resume-visible-parked-owner'],
        name: 'x_gcer Resume: shown to the owning agent on a parked email',
        description:
            'Inserts a parked interaction owned by a new x_gcer.agent user, impersonates that user, opens the form and asserts Resume is visible and Create Case is too (condition holds: status parked, owner).',
        failOnServerError: true,
    },
    (atf) => {
        const agent = atf.server.createUser({
            $id: Now.ID['atf-resume-visible-user'],
            firstName: 'ATF',
            lastName: 'Agent Owner',
            roles: ['x_gcer.agent'],
            impersonate: false,
        })
        const interaction = atf.server.recordInsert({
            $id: Now.ID['atf-resume-visible-insert'],
            table: 'interaction',
            fieldValues: {
                type: 'email',
                state: 'on_hold',
                x_gcer_routing_status: 'parked',
                assigned_to: agent.user,
                short_description: 'ATF x_gcer parked email',
            },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf-resume-visible-impersonate'], user: agent.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-resume-visible-open'],
            table: 'interaction',
            recordId: interaction.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf-resume-visible-check'],
            table: 'interaction',
            formUI: 'standard_ui',
            visible: [RESUME, CREATE_CASE],
        })
    }
)

Test(
    {
        $id: Now.ID['atf-resume-hidden-connected'],
        name: 'x_gcer Resume: hidden on a connected email',
        description:
            'Inserts a connected interaction owned by a new x_gcer.agent user, impersonates them and asserts Resume is not visible (status is not parked) while Create Case is.',
        failOnServerError: true,
    },
    (atf) => {
        const agent = atf.server.createUser({
            $id: Now.ID['atf-resume-hidden-user'],
            firstName: 'ATF',
            lastName: 'Agent Connected',
            roles: ['x_gcer.agent'],
            impersonate: false,
        })
        const interaction = atf.server.recordInsert({
            $id: Now.ID['atf-resume-hidden-insert'],
            table: 'interaction',
            fieldValues: {
                type: 'email',
                state: 'work_in_progress',
                x_gcer_routing_status: 'connected',
                assigned_to: agent.user,
                short_description: 'ATF x_gcer connected email',
            },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf-resume-hidden-impersonate'], user: agent.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-resume-hidden-open'],
            table: 'interaction',
            recordId: interaction.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf-resume-hidden-check'],
            table: 'interaction',
            formUI: 'standard_ui',
            visible: [CREATE_CASE],
            notVisible: [RESUME],
        })
    }
)

Test(
    {
        $id: Now.ID['atf-actions-hidden-other-agent'],
        name: 'x_gcer agent actions: hidden from an agent who does not own the email',
        description:
            'Inserts a parked interaction owned by one agent, impersonates a second x_gcer.agent user and asserts Resume and Create Case are not visible (owner-or-admin condition does not hold).',
        failOnServerError: true,
    },
    (atf) => {
        const owner = atf.server.createUser({
            $id: Now.ID['atf-other-agent-owner'],
            firstName: 'ATF',
            lastName: 'Owner',
            roles: ['x_gcer.agent'],
            impersonate: false,
        })
        const other = atf.server.createUser({
            $id: Now.ID['atf-other-agent-other'],
            firstName: 'ATF',
            lastName: 'Other Agent',
            roles: ['x_gcer.agent'],
            impersonate: false,
        })
        const interaction = atf.server.recordInsert({
            $id: Now.ID['atf-other-agent-insert'],
            table: 'interaction',
            fieldValues: {
                type: 'email',
                state: 'on_hold',
                x_gcer_routing_status: 'parked',
                assigned_to: owner.user,
                short_description: 'ATF x_gcer email of someone else',
            },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf-other-agent-impersonate'], user: other.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-other-agent-open'],
            table: 'interaction',
            recordId: interaction.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf-other-agent-check'],
            table: 'interaction',
            formUI: 'standard_ui',
            notVisible: [RESUME, CREATE_CASE],
        })
    }
)

Test(
    {
        $id: Now.ID['atf-actions-hidden-no-role'],
        name: 'x_gcer agent actions: hidden from a user without x_gcer.agent',
        description:
            'Inserts a connected interaction assigned to a user holding only itil, impersonates them and asserts Create Case is not visible: the UI action role (x_gcer.agent) is missing.',
        failOnServerError: true,
    },
    (atf) => {
        const user = atf.server.createUser({
            $id: Now.ID['atf-no-role-user'],
            firstName: 'ATF',
            lastName: 'No Agent Role',
            roles: ['itil'],
            impersonate: false,
        })
        const interaction = atf.server.recordInsert({
            $id: Now.ID['atf-no-role-insert'],
            table: 'interaction',
            fieldValues: {
                type: 'email',
                state: 'work_in_progress',
                x_gcer_routing_status: 'connected',
                assigned_to: user.user,
                short_description: 'ATF x_gcer email for a non-agent',
            },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf-no-role-impersonate'], user: user.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-no-role-open'],
            table: 'interaction',
            recordId: interaction.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf-no-role-check'],
            table: 'interaction',
            formUI: 'standard_ui',
            notVisible: [CREATE_CASE, RESUME],
        })
    }
)

Test(
    {
        $id: Now.ID['atf-retry-visible-dead'],
        name: 'x_gcer Retry: shown on a dead outbox row, not on a pending one',
        description:
            'Inserts a dead and a pending x_gcer_outbox row, opens each as a new x_gcer.admin user and asserts Retry is visible on the dead row only (condition state == dead).',
        failOnServerError: true,
    },
    (atf) => {
        const admin = atf.server.createUser({
            $id: Now.ID['atf-retry-admin'],
            firstName: 'ATF',
            lastName: 'App Admin',
            roles: ['x_gcer.admin'],
            impersonate: false,
        })
        const dead = atf.server.recordInsert({
            $id: Now.ID['atf-retry-insert-dead'],
            table: 'x_gcer_outbox',
            fieldValues: { operation: 'park', state: 'dead', idempotency_key: 'atf-x-gcer-dead', payload: '{}' },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        const pending = atf.server.recordInsert({
            $id: Now.ID['atf-retry-insert-pending'],
            table: 'x_gcer_outbox',
            fieldValues: { operation: 'park', state: 'pending', idempotency_key: 'atf-x-gcer-pending', payload: '{}' },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf-retry-impersonate'], user: admin.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-retry-open-dead'],
            table: 'x_gcer_outbox',
            recordId: dead.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf-retry-check-dead'],
            table: 'x_gcer_outbox',
            formUI: 'standard_ui',
            visible: [RETRY],
        })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-retry-open-pending'],
            table: 'x_gcer_outbox',
            recordId: pending.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf-retry-check-pending'],
            table: 'x_gcer_outbox',
            formUI: 'standard_ui',
            notVisible: [RETRY],
        })
    }
)

Test(
    {
        $id: Now.ID['atf-create-case-records'],
        name: 'x_gcer Create Case: case created, interaction closed',
        description:
            'Inserts a connected interaction owned by a new x_gcer.agent user, clicks Create Case as that user, then asserts a case with the email subject exists and the interaction is closed (routing status closed, state closed_complete). Genesys is not reachable from a test instance: the wrap-up goes to the outbox.',
        failOnServerError: false,
    },
    (atf) => {
        const agent = atf.server.createUser({
            $id: Now.ID['atf-create-case-user'],
            firstName: 'ATF',
            lastName: 'Case Agent',
            roles: ['x_gcer.agent'],
            impersonate: false,
        })
        const interaction = atf.server.recordInsert({
            $id: Now.ID['atf-create-case-insert'],
            table: 'interaction',
            fieldValues: {
                type: 'email',
                state: 'work_in_progress',
                x_gcer_routing_status: 'connected',
                assigned_to: agent.user,
                short_description: 'ATF x_gcer create case email',
            },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf-create-case-impersonate'], user: agent.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf-create-case-open'],
            table: 'interaction',
            recordId: interaction.record_id,
            formUI: 'standard_ui',
        })
        atf.form.clickUIAction({
            $id: Now.ID['atf-create-case-click'],
            table: 'interaction',
            uiAction: CREATE_CASE,
            assert: 'form_submitted_to_server',
            formUI: 'standard_ui',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-create-case-case'],
            table: 'sn_customerservice_case',
            fieldValues: 'short_description=ATF x_gcer create case email',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-create-case-closed'],
            table: 'interaction',
            recordId: interaction.record_id,
            fieldValues: 'x_gcer_routing_status=closed^state=closed_complete',
            assert: 'record_validated',
        })
    }
)
