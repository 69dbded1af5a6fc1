import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-http-timeout-ms'],
    name: PROPERTY.httpTimeoutMs,
    type: 'integer',
    value: 5000,
    description:
        'Timeout of one Genesys HTTP request an agent waits on, in milliseconds (1000 to 30000). The outbox job allows itself three times as long.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-http-timeout-ms-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
