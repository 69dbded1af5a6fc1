import { BusinessRule } from '@servicenow/sdk/core'
import { propertyGuardRule } from '../src/server/property-guard-rule'

// Admins edit queue mappings and settings as system properties: refuse a value the app cannot use,
// at save time, with the exact entry and key at fault, instead of failing later at run time.
BusinessRule({
    $id: Now.ID['business-rule-guard-property-values'],
    name: 'Genesys email routing: validate x_gcer properties',
    table: 'sys_properties',
    when: 'before',
    action: ['insert', 'update'],
    filterCondition: 'nameSTARTSWITHx_gcer.^EQ',
    order: 100,
    active: true,
    description:
        'Refuses a value the app could not use (malformed queue mappings, unmapped default queue, bad numbers).',
    script: propertyGuardRule,
})
