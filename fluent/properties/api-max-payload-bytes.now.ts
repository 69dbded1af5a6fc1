import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-api-max-payload-bytes'],
    name: PROPERTY.inboundMaxPayloadBytes,
    type: 'integer',
    value: 16384,
    description: 'Largest request body the Genesys event endpoint accepts, in bytes.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-api-max-payload-bytes-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
