import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-outbox-base-delay-seconds'],
    name: PROPERTY.outboxBaseDelaySeconds,
    type: 'integer',
    value: 30,
    description:
        'First retry delay of a deferred Genesys update; doubles each attempt, or longer when Genesys sends Retry-After.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-outbox-base-delay-seconds-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
