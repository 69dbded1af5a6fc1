/**
 * Every system property the app reads. The fluent Property records and the properties reader both
 * use these constants, so a renamed property cannot drift between metadata and code.
 */
export const PROPERTY = {
    environment: 'x_gcer.genesys.environment',
    credentialAlias: 'x_gcer.genesys.credential_alias',
    provider: 'x_gcer.genesys.provider',
    queueMappings: 'x_gcer.genesys.queue_mappings',
    defaultQueueId: 'x_gcer.genesys.default_queue_id',
    caseCreatedWrapupCode: 'x_gcer.wrapup.case_created',
    defaultWrapupCode: 'x_gcer.wrapup.default_disconnect',
    httpTimeoutMs: 'x_gcer.http.timeout_ms',
    interactiveMaxAttempts: 'x_gcer.retry.interactive_max_attempts',
    interactiveBudgetMs: 'x_gcer.retry.interactive_budget_ms',
    outboxMaxAttempts: 'x_gcer.outbox.max_attempts',
    outboxBaseDelaySeconds: 'x_gcer.outbox.base_delay_seconds',
    inboundMaxPayloadBytes: 'x_gcer.api.max_payload_bytes',
    inboundMailboxes: 'x_gcer.email.inbound_addresses',
    reconcileStaleAfterSeconds: 'x_gcer.reconcile.stale_after_seconds',
    reconcileMaxPerRun: 'x_gcer.reconcile.max_per_run',
    integrationUserName: 'x_gcer.integration.user_name',
} as const
