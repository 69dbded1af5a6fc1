import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-genesys-queue-mappings'],
    name: PROPERTY.queueMappings,
    type: 'string',
    value: '[]',
    description:
        'Genesys queues offered for transfer, as JSON: [{"queueId": "<uuid>", "name": "Billing", "default": true}]. Invalid JSON disables transfers to queues until fixed.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-queue-mappings-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
