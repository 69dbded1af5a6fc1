import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-wrapup-default-disconnect'],
    name: PROPERTY.defaultWrapupCode,
    type: 'string',
    value: '',
    description: 'Genesys wrap-up code id applied when an agent disconnects without choosing one.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-wrapup-default-disconnect-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
