import { Record, ScheduledScript } from '@servicenow/sdk/core'
import { runOutboxJob } from '../src/server/outbox-job'
import { runReconcileJob } from '../src/server/reconcile-job'

// The jobs run as this named system user, not as whoever happens to be the platform default: its name is
// what the routing history and sys_updated_by show for the jobs' work. An internal integration user
// cannot log in interactively; it has no password and no roles (the jobs' code checks none, and server
// scripts read and write through GlideRecord). SDK scheduled-script-guide.md, "dedicated service account".
export const jobsUser = Record({
    $id: Now.ID['user-x-gcer-jobs'],
    table: 'sys_user',
    data: {
        user_name: 'x_gcer.jobs',
        first_name: 'Genesys Email Routing',
        last_name: 'Jobs',
        active: true,
        internal_integration_user: true,
    },
})

// Retries Genesys updates that could not be sent while an agent or email waited (x_gcer_outbox).
ScheduledScript({
    $id: Now.ID['scheduled-outbox-job'],
    name: 'Genesys email routing: outbox',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    runAs: jobsUser,
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
    runAs: jobsUser,
    script: runReconcileJob,
})
