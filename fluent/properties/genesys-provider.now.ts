import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-genesys-provider'],
    name: PROPERTY.provider,
    type: 'string',
    value: 'ServiceNow',
    description: 'Third-party email provider name sent to Genesys when routing a new email.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-provider-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
