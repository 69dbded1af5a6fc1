/**
 * Platform tables the SDK ships no definition for (they belong to plugins: Interaction Management,
 * Customer Service): a dictionary list with the source of every field next to it. Column names come
 * from the `@servicenow/glide` typings where they exist; a field known only by its form label is named
 * by the platform's label convention and says so ("label"), so the platform-field table can show how
 * sure each name is. Nothing here is taken from what the app happens to write.
 */
import type { ColumnSpec, ColumnType, TableOptions } from '../schema'

const GLIDE_INTERACTION = '@servicenow/glide src/sn_interaction/Interaction.d.ts'
const GLIDE_RELATED_RECORD = '@servicenow/glide src/sn_interaction/RelatedRecord.d.ts'
const DOC_INTERACTION_FORM =
    'label: docs servicenow-platform/interaction-management/interaction-form (Interaction form fields)'
const DOC_CASE_FORM = 'label: docs customer-service-management/r_CustomerServiceCaseForm (Case form)'
const DOC_CONTACT_FORM = 'label: docs customer-service-management/contact-form-eaai (Contact form: Account)'
const DOC_CONSUMER_FORM = 'label: docs customer-service-management/consumer-form (Consumer form)'
const DOC_CSM_TABLES =
    'docs customer-service-management/r_TIWCustomerService (Tables installed with CSM: customer_account, customer_contact, csm_consumer)'
const DOC_WRAP_UP = 'docs interaction-management interaction wrap up codes (DOMAIN.md section 2)'
const DOC_EVENT_LOG = 'label: docs build-workflows/system-events/event-logs-2 (Event log fields)'
const DOC_EVENT_QUEUE =
    'gs.eventQueue(name, instance, parm1, parm2): the record an event is queued for (DOMAIN.md section 2; not on the Event log page)'
const DOC_USER_ROLES =
    'docs platform-security/access-control (User Roles [sys_user_has_role]: one row per user and role, inherited ones included)'
/** Not found in any source: kept so the gap shows in the platform-field table. */
const INFERRED = 'inferred (DOMAIN.md section 2): not in the typings or a docs page; check on an instance'

export interface DocumentedColumn {
    readonly name: string
    readonly type?: ColumnType
    readonly reference?: string
    readonly default?: string
    readonly source: string
}

export interface DocumentedTable {
    readonly name: string
    readonly source: string
    /** A table this one extends (declared first; its columns are inherited). */
    readonly extends?: string
    readonly options?: Omit<TableOptions, 'extends'>
    readonly columns: readonly DocumentedColumn[]
}

const ref = (name: string, reference: string, source: string): DocumentedColumn => ({
    name,
    type: 'reference',
    reference,
    source,
})

export const DOCUMENTED_TABLES: readonly DocumentedTable[] = [
    {
        name: 'customer_account',
        source: DOC_CSM_TABLES,
        options: { numberPrefix: 'ACCT' },
        columns: [
            { name: 'number', source: INFERRED },
            { name: 'name', source: INFERRED },
        ],
    },
    {
        name: 'customer_contact',
        source: `${DOC_CSM_TABLES}; a contact is a user (sys_user extension: docs update-system-property)`,
        extends: 'sys_user',
        columns: [ref('account', 'customer_account', DOC_CONTACT_FORM)],
    },
    {
        name: 'csm_consumer',
        source: DOC_CSM_TABLES,
        columns: [
            { name: 'number', source: DOC_CONSUMER_FORM },
            { name: 'name', source: DOC_CONSUMER_FORM },
            { name: 'first_name', source: DOC_CONSUMER_FORM },
            { name: 'last_name', source: DOC_CONSUMER_FORM },
            { name: 'email', source: DOC_CONSUMER_FORM },
            ref('user', 'sys_user', 'docs customer-service-management/update-system-property (the user field)'),
        ],
    },
    {
        name: 'sn_customerservice_case',
        source: `${DOC_CASE_FORM}; extends task (@servicenow/sdk-core task.now.js)`,
        extends: 'task',
        options: { numberPrefix: 'CS' },
        columns: [
            ref('account', 'customer_account', DOC_CASE_FORM),
            ref('contact', 'customer_contact', DOC_CASE_FORM),
            ref('consumer', 'csm_consumer', DOC_CASE_FORM),
        ],
    },
    {
        name: 'interaction',
        source: `${GLIDE_INTERACTION}; ${DOC_INTERACTION_FORM}`,
        options: { numberPrefix: 'IMS' },
        columns: [
            { name: 'number', source: GLIDE_INTERACTION },
            { name: 'state', type: 'choice', source: GLIDE_INTERACTION },
            { name: 'opened_at', type: 'glide_date_time', source: GLIDE_INTERACTION },
            ref('opened_for', 'sys_user', GLIDE_INTERACTION),
            ref('parent_interaction', 'interaction', GLIDE_INTERACTION),
            { name: 'location', source: GLIDE_INTERACTION },
            // Interaction.d.ts has assigned_to(assignedTo) and channel_metadata(...) setters.
            ref('assigned_to', 'sys_user', `${GLIDE_INTERACTION} (assigned_to setter); ${DOC_INTERACTION_FORM}`),
            { name: 'channel_metadata', source: `${GLIDE_INTERACTION} (channel_metadata setter)` },
            { name: 'type', type: 'choice', source: DOC_INTERACTION_FORM },
            ref('account', 'customer_account', DOC_INTERACTION_FORM),
            ref('contact', 'customer_contact', DOC_INTERACTION_FORM),
            ref('consumer', 'csm_consumer', DOC_INTERACTION_FORM),
            { name: 'short_description', source: DOC_INTERACTION_FORM },
            { name: 'work_notes', type: 'journal_input', source: DOC_INTERACTION_FORM },
            ref('assignment_group', 'sys_user_group', INFERRED),
            { name: 'closed_at', type: 'glide_date_time', source: INFERRED },
        ],
    },
    {
        name: 'interaction_related_record',
        source: GLIDE_RELATED_RECORD,
        columns: [
            ref('interaction', 'interaction', GLIDE_RELATED_RECORD),
            { name: 'document_table', type: 'table_name', source: GLIDE_RELATED_RECORD },
            { name: 'document_id', type: 'document_id', source: GLIDE_RELATED_RECORD },
            { name: 'type', type: 'choice', source: INFERRED },
        ],
    },
    {
        // The `event` an inbound email action receives is the sysevent record (SDK inbound-email-action-guide,
        // "Script Context"); its fields per the Event log (docs build-workflows/system-events/event-logs-2).
        name: 'sysevent',
        source: 'docs build-workflows/system-events/event-logs-2 (Event log fields)',
        columns: [
            { name: 'name', source: DOC_EVENT_LOG },
            { name: 'parm1', source: DOC_EVENT_LOG },
            { name: 'parm2', source: DOC_EVENT_LOG },
            { name: 'table', type: 'table_name', source: DOC_EVENT_LOG },
            { name: 'queue', source: DOC_EVENT_LOG },
            { name: 'instance', type: 'document_id', source: DOC_EVENT_QUEUE },
            {
                name: 'state',
                source: 'docs platform-administration r_OrderedEmailProcessingPlugin (event.state="stop_processing" in an inbound action script)',
            },
        ],
    },
    {
        // Read by the setup check (src/platform/setup/platform-facts.ts): does the integration user hold a role.
        name: 'sys_user_has_role',
        source: DOC_USER_ROLES,
        columns: [
            ref('user', 'sys_user', `label: ${DOC_USER_ROLES} (User)`),
            ref('role', 'sys_user_role', `label: ${DOC_USER_ROLES} (Role)`),
            { name: 'inherited', type: 'boolean', source: INFERRED },
        ],
    },
    {
        name: 'interaction_wrap_up_code',
        source: DOC_WRAP_UP,
        options: { display: 'code' },
        columns: [
            { name: 'code', source: DOC_WRAP_UP },
            { name: 'description', source: DOC_WRAP_UP },
            { name: 'active', type: 'boolean', default: '1', source: DOC_WRAP_UP },
            { name: 'external', type: 'boolean', source: DOC_WRAP_UP },
        ],
    },
]

/** As schema column specs (the source stays in DOCUMENTED_TABLES). */
export function columnSpecs(table: DocumentedTable): ColumnSpec[] {
    return table.columns.map(({ name, type, reference, default: d }) => ({ name, type, reference, default: d }))
}
