import { ScheduledScript } from '@servicenow/sdk/core'
import { runOutboxJob } from '../src/server/outbox-job'
import { runReconcileJob } from '../src/server/reconcile-job'

// Retries Genesys updates that could not be sent while an agent or email waited (x_gcer_outbox).
ScheduledScript({
    $id: Now.ID['scheduled-outbox-job'],
    name: 'Genesys email routing: outbox',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    script: runOutboxJob,
})

// Convergence: reads the Genesys conversations not confirmed lately and applies what Genesys says
// (x_gcer.reconcile.*: at most 50 reads a run by default, a sixth of a token's 300 requests a minute).
ScheduledScript({
    $id: Now.ID['scheduled-reconcile-job'],
    name: 'Genesys email routing: reconcile with Genesys',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    script: runReconcileJob,
})
