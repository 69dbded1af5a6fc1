import { ScheduledScript } from '@servicenow/sdk/core'
import { runOutboxJob } from '../src/server/outbox-job'

// Retries Genesys updates that could not be sent while an agent or email waited (x_gcer_outbox).
ScheduledScript({
    $id: Now.ID['scheduled-outbox-job'],
    name: 'Genesys email routing: outbox',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    script: runOutboxJob,
})
