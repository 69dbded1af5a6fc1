import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-email-inbound-addresses'],
    name: PROPERTY.inboundMailboxes,
    type: 'string',
    value: '',
    description:
        'Mailboxes whose new email is routed through Genesys, comma separated (e.g. support@acme.com). Empty: no new email is routed (other inbound actions keep it).',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-email-inbound-addresses-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
