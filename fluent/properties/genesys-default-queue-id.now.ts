import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-genesys-default-queue-id'],
    name: PROPERTY.defaultQueueId,
    type: 'string',
    value: '',
    description:
        'Genesys queue id new emails are routed to. Empty: the mapping marked default. Must be a mapped queue.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-default-queue-id-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
