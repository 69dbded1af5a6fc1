import { Property, Record } from '@servicenow/sdk/core'
import { PROPERTY } from '../../src/platform/property-names'
import { adminRole } from '../roles/admin.now'
import { propertiesCategory } from './category.now'

const property = Property({
    $id: Now.ID['property-retry-interactive-budget-ms'],
    name: PROPERTY.interactiveBudgetMs,
    type: 'integer',
    value: 4000,
    description: 'Longest total wait between retries of a Genesys call an agent waits on, in milliseconds.',
    roles: { read: [adminRole], write: [adminRole] },
})

Record({
    $id: Now.ID['property-retry-interactive-budget-ms-category'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: property },
})
