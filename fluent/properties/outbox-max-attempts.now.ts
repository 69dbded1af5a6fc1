import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-outbox-max-attempts'],
    name: PROPERTY.outboxMaxAttempts,
    type: 'integer',
    value: 10,
    description: 'Attempts before a deferred Genesys update is marked dead in the outbox.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-outbox-max-attempts-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
