import { Acl, Form, List, Record, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole, agentRole, integrationRole } from '../security/roles.now'

// The agent mapping: a ServiceNow user is a transfer target only when this holds their Genesys user id.
export const sys_user = Table({
    augments: 'sys_user',
    schema: {
        x_gcer_genesys_user_id: StringColumn({ label: 'Genesys Cloud user ID', maxLength: 40, audit: true }),
    },
})

Acl({
    $id: Now.ID['acl-sys-user-genesys-user-id-read'],
    type: 'record',
    table: 'sys_user',
    field: 'x_gcer_genesys_user_id',
    operation: 'read',
    roles: [agentRole, integrationRole],
    description: 'Agents see who is mapped to Genesys (the transfer list).',
})

Acl({
    $id: Now.ID['acl-sys-user-genesys-user-id-write'],
    type: 'record',
    table: 'sys_user',
    field: 'x_gcer_genesys_user_id',
    operation: 'write',
    roles: [adminRole],
    description: 'App admins map ServiceNow users to Genesys users.',
})

// Agent mapping screen: an app view of sys_user (its own sys_ui_view), never the platform's default user
// form, which the instance owns (a Form on default_view would replace its sections). The app menu's
// "Agent mapping" module opens the list in this view; a user opened from it shows the form below, where
// an admin sets the Genesys user ID without list editing (SDK form-layout-guide, "Custom view").
export const agentMappingView = Record({
    $id: Now.ID['sys-user-view-genesys-agent-mapping'],
    table: 'sys_ui_view',
    data: { name: 'x_gcer_agent_mapping', title: 'Genesys agent mapping' },
})

List({
    table: 'sys_user',
    view: agentMappingView,
    columns: ['name', 'user_name', 'email', 'active', 'x_gcer_genesys_user_id'],
})

Form({
    table: 'sys_user',
    view: agentMappingView,
    sections: [
        {
            caption: 'Genesys agent mapping',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'user_name', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'email', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'x_gcer_genesys_user_id', type: 'table_field' },
                        {
                            type: 'annotation',
                            annotationId: Now.ID['sys-user-annotation-genesys-user-id'],
                            text: 'The Genesys Cloud user ID (a UUID: Genesys Admin > People > the user, in the address bar). Only active, mapped users are offered as transfer targets.',
                        },
                    ],
                },
            ],
        },
    ],
})
