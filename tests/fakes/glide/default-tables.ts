/**
 * The tables this app touches, as the fake database knows them after resetSchema().
 * Platform tables carry only the columns the app uses (add more with augmentTable); what the app itself
 * owns (x_gcer tables and scope columns) comes from app-tables.ts.
 */
import { declareAppTables } from './app-tables'
import { clearSchema, col, declareTable } from './schema'

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

    declareAppTables()
}

/** Forgets every declared table, then declares the defaults again. */
export function resetSchema(): void {
    clearSchema()
    declareDefaultTables()
}
