import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-genesys-credential-alias'],
    name: PROPERTY.credentialAlias,
    type: 'string',
    value: '',
    description:
        'Connection and Credential alias (sys_alias sys_id) holding the Genesys OAuth client id and secret. The secret itself is never stored in a property.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-genesys-credential-alias-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
