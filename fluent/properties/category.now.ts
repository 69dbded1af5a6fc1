import { Record } from '@servicenow/sdk/core'

// Groups every x_gcer property on one admin page (sys_properties_list.do?sysparm_category=...).
export const propertiesCategory = Record({
    $id: Now.ID['properties-category'],
    table: 'sys_properties_category',
    data: {
        name: 'Genesys Email Routing',
        title: 'Genesys Cloud email routing for CSM',
    },
})
