import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-retry-interactive-max-attempts'],
    name: PROPERTY.interactiveMaxAttempts,
    type: 'integer',
    value: 3,
    description: 'Attempts for a Genesys call an agent waits on (1 to 5).',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-retry-interactive-max-attempts-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
