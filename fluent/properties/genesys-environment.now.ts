import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-genesys-environment'],
    name: PROPERTY.environment,
    type: 'choicelist',
    value: 'mypurecloud.com',
    choices: [
        'mypurecloud.com',
        'mypurecloud.ie',
        'mypurecloud.com.au',
        'mypurecloud.jp',
        'mypurecloud.de',
        'usw2.pure.cloud',
        'cac1.pure.cloud',
        'apne2.pure.cloud',
        'euw2.pure.cloud',
        'aps1.pure.cloud',
        'use2.us-gov-pure.cloud',
        'sae1.pure.cloud',
        'mec1.pure.cloud',
        'apne3.pure.cloud',
        'euc2.pure.cloud',
        'mxc1.pure.cloud',
        'apse1.pure.cloud',
    ],
    description: 'Genesys Cloud region (environment host), e.g. mypurecloud.com or euw2.pure.cloud.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-environment-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
