import { UiAction } from '@servicenow/sdk/core'
import { retryOutboxRowAction } from '../../src/server/ui-actions/retry-outbox-row-action'
import { adminRole } from '../roles/admin.now'

// Gives a dead Genesys update another full round of attempts once an admin fixed the cause.
UiAction({
    $id: Now.ID['ui-action-retry-outbox-row'],
    table: 'x_gcer_outbox',
    name: 'Retry',
    actionName: 'x_gcer_retry_outbox_row',
    hint: 'Send this Genesys update again (attempts start over); the last error stays until the next try.',
    active: true,
    showInsert: false,
    showUpdate: true,
    order: 100,
    roles: [adminRole],
    condition: "current.getValue('state') == 'dead'",
    form: { showButton: true, style: 'primary' },
    script: retryOutboxRowAction,
})
