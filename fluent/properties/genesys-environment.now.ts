import { Property, Record } from '@servicenow/sdk/core'
import { GENESYS_ENVIRONMENT_DOMAINS } from '../../src/genesys/genesys-environments'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-genesys-environment'],
    name: PROPERTY.environment,
    type: 'choicelist',
    value: 'mypurecloud.com',
    choices: GENESYS_ENVIRONMENT_DOMAINS,
    description: 'Genesys Cloud region (environment host), e.g. mypurecloud.com or euw2.pure.cloud.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-environment-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
