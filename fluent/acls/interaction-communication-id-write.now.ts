import { Acl } from '@servicenow/sdk/core'
import { integrationRole } from '../roles/integration.now'

Acl({
    $id: Now.ID['acl-interaction-communication-id-write'],
    type: 'record',
    table: 'interaction',
    field: 'x_gcer_communication_id',
    operation: 'write',
    roles: [integrationRole],
    description: 'Only Genesys (the integration user) writes the Genesys id x_gcer_communication_id.',
})
