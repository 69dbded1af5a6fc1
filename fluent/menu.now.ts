import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { adminRole, agentRole } from './security/roles.now'

// The app's navigator menu (SDK application-menu-guide: ApplicationMenu + sys_app_module records).
// Admin items carry x_gcer.admin; the interaction lists also x_gcer.agent. Every filter is fixed text.
export const genesysMenu = ApplicationMenu({
    $id: Now.ID['menu-genesys-email-routing'],
    title: 'Genesys Email Routing',
    hint: 'Genesys Cloud email routing for CSM: setup, properties, outbox, routing history',
    description: 'Configure and watch Genesys Cloud routing of CSM email interactions.',
    roles: [adminRole, agentRole],
    active: true,
})

// Module roles by name: a Role object in a Record's data ships as "[object Object]" (seen in dist/app).

Record({
    $id: Now.ID['menu-module-setup-check'],
    table: 'sys_app_module',
    data: {
        title: 'Setup check',
        hint: 'Opens the outbox list: press "Run setup check" in its banner (configuration, integration user, Genesys).',
        link_type: 'DIRECT',
        query: 'x_gcer_outbox_list.do?sysparm_query=state=dead',
        application: genesysMenu,
        roles: ['x_gcer.admin'],
        active: true,
        order: 100,
    },
})

Record({
    $id: Now.ID['menu-module-properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        hint: 'Genesys connection, queue mappings, wrap-up codes, mailboxes, integration user (validated when saved).',
        link_type: 'DIRECT',
        query: 'system_properties_ui.do?sysparm_category=Genesys%20Email%20Routing',
        application: genesysMenu,
        roles: ['x_gcer.admin'],
        active: true,
        order: 200,
    },
})

Record({
    $id: Now.ID['menu-module-agent-mapping'],
    table: 'sys_app_module',
    data: {
        title: 'Agent mapping',
        hint: 'Users and their Genesys Cloud user ID; open one to map it.',
        link_type: 'DIRECT',
        query: 'sys_user_list.do?sysparm_view=x_gcer_agent_mapping&sysparm_query=active=true^ORDERBYname',
        application: genesysMenu,
        roles: ['x_gcer.admin'],
        active: true,
        order: 300,
    },
})

Record({
    $id: Now.ID['menu-module-outbox-dead'],
    table: 'sys_app_module',
    data: {
        title: 'Outbox: dead updates',
        hint: 'Genesys updates that stopped retrying: fix the cause, then Retry.',
        link_type: 'FILTER',
        name: 'x_gcer_outbox',
        filter: 'state=dead^ORDERBYDESCsys_updated_on',
        application: genesysMenu,
        roles: ['x_gcer.admin'],
        active: true,
        order: 400,
    },
})

Record({
    $id: Now.ID['menu-module-outbox'],
    table: 'sys_app_module',
    data: {
        title: 'Outbox',
        hint: 'Every deferred Genesys update, dead first, then the newest.',
        link_type: 'FILTER',
        name: 'x_gcer_outbox',
        filter: 'ORDERBYstate^ORDERBYDESCsys_created_on',
        application: genesysMenu,
        roles: ['x_gcer.admin'],
        active: true,
        order: 500,
    },
})

Record({
    $id: Now.ID['menu-module-routing-history'],
    table: 'sys_app_module',
    data: {
        title: 'Routing history',
        hint: 'One row per transition, refusal, deferral or reconciliation.',
        link_type: 'FILTER',
        name: 'x_gcer_routing_event',
        filter: 'ORDERBYDESCsys_created_on',
        application: genesysMenu,
        roles: ['x_gcer.admin'],
        active: true,
        order: 600,
    },
})

Record({
    $id: Now.ID['menu-module-routed-interactions'],
    table: 'sys_app_module',
    data: {
        title: 'Genesys-routed interactions',
        hint: 'Interactions Genesys Cloud routes, newest first.',
        link_type: 'FILTER',
        name: 'interaction',
        filter: 'x_gcer_routing_statusISNOTEMPTY^ORDERBYDESCopened_at',
        application: genesysMenu,
        roles: ['x_gcer.agent', 'x_gcer.admin'],
        active: true,
        order: 700,
    },
})

Record({
    $id: Now.ID['menu-module-stuck-interactions'],
    table: 'sys_app_module',
    data: {
        title: 'Stuck interactions',
        hint: 'Open Genesys-routed interactions Genesys has not confirmed for a day (or never).',
        link_type: 'FILTER',
        name: 'interaction',
        // Open (queued, connected, parked; closed and abandoned are terminal) and not confirmed by Genesys
        // for a day, or never. `^OR` binds only the two date terms (SDK encoded-query-guide, "Precedence");
        // the date uses the guide's `javascript:gs.daysAgoStart(n)` form. Fixed text, no input.
        filter: 'x_gcer_routing_statusINqueued,connected,parked^x_gcer_last_confirmed<javascript:gs.daysAgoStart(1)^ORx_gcer_last_confirmedISEMPTY^ORDERBYx_gcer_last_confirmed',
        application: genesysMenu,
        roles: ['x_gcer.admin'],
        active: true,
        order: 800,
    },
})
