/**
 * The tables this app touches, as the fake database knows them after resetSchema().
 * Platform tables carry only the columns the app uses (add more with augmentTable); the x_gcer tables
 * mirror ARCHITECTURE.md and should follow the Fluent table definitions when those land.
 */
import { augmentTable, clearSchema, col, declareTable } from './schema'

export function declareDefaultTables(): void {
    declareTable('sys_user', ['user_name', 'name', 'first_name', 'last_name', 'email', col.bool('active', true)])
    declareTable('sys_user_group', ['name', col.bool('active', true)])
    declareTable('customer_account', ['number', 'name'], { numberPrefix: 'ACCT' })
    declareTable('customer_contact', [col.ref('account', 'customer_account')], { extends: 'sys_user' })
    declareTable('csm_consumer', ['name', 'first_name', 'last_name', 'email'])

    declareTable(
        'task',
        [
            'number',
            'short_description',
            'description',
            col.choice('state'),
            col.bool('active', true),
            col.ref('assigned_to', 'sys_user'),
            col.ref('assignment_group', 'sys_user_group'),
            col.choice('contact_type'),
            col.journal('work_notes'),
            col.journal('comments'),
            col.dateTime('opened_at'),
            col.dateTime('closed_at'),
        ],
        { numberPrefix: 'TASK' }
    )
    declareTable(
        'sn_customerservice_case',
        [
            col.ref('contact', 'customer_contact'),
            col.ref('account', 'customer_account'),
            col.ref('consumer', 'csm_consumer'),
        ],
        { extends: 'task', numberPrefix: 'CS' }
    )

    declareTable(
        'interaction',
        [
            'number',
            col.choice('type'),
            col.choice('state'),
            col.ref('assigned_to', 'sys_user'),
            col.ref('assignment_group', 'sys_user_group'),
            'short_description',
            col.journal('work_notes'),
            col.ref('opened_for', 'sys_user'),
            col.dateTime('opened_at'),
            col.dateTime('closed_at'),
            col.ref('parent', 'interaction'),
            col.ref('account', 'customer_account'),
            col.ref('contact', 'customer_contact'),
            col.ref('consumer', 'csm_consumer'),
            'channel',
            // scope columns added by the app (Table({ augments: 'interaction' }))
            col.choice('x_gcer_routing_status'),
            'x_gcer_conversation_id',
            'x_gcer_participant_id',
            'x_gcer_communication_id',
            'x_gcer_queue_id',
            'x_gcer_pending_target',
        ],
        { numberPrefix: 'IMS' }
    )
    declareTable('interaction_related_record', [
        col.ref('interaction', 'interaction'),
        col.tableName('document_table'),
        col.documentId('document_id'),
        col.choice('type'),
    ])
    declareTable('interaction_wrap_up_code', ['code', 'description', col.bool('active', true), col.bool('external')], {
        display: 'code',
    })

    declareTable('sys_email', [
        'instance',
        col.tableName('target_table'),
        col.choice('type'),
        'headers',
        'message_id',
        'in_reply_to',
        'subject',
        'body',
        'body_text',
        'recipients',
        'user_id',
    ])

    // scope columns and tables of x_gcer (customer_contact inherits the sys_user column)
    augmentTable('sys_user', ['x_gcer_genesys_user_id'])
    declareTable('x_gcer_routing_event', [
        col.ref('interaction', 'interaction'),
        col.choice('event'),
        col.choice('from_status'),
        col.choice('to_status'),
        col.ref('from_owner', 'sys_user'),
        col.ref('to_owner', 'sys_user'),
        'target',
        'actor',
        'correlation_id',
        col.choice('outcome'),
        'message',
    ])
    declareTable('x_gcer_outbox', [
        col.ref('interaction', 'interaction'),
        col.choice('operation'),
        'payload',
        'idempotency_key',
        col.choice('state'),
        col.int('attempts'),
        col.dateTime('next_attempt_at'),
        'last_error',
    ])
}

/** Forgets every declared table, then declares the defaults again. */
export function resetSchema(): void {
    clearSchema()
    declareDefaultTables()
}
