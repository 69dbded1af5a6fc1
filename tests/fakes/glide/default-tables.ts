/**
 * The tables this app touches, as the fake database knows them after resetSchema(). Platform tables come
 * from platform sources, never from what the app writes:
 * - the ServiceNow SDK's own table definitions (`@servicenow/sdk-core` dist/fluent/tables, see
 *   platform/sdk-tables.ts): sys_user, sys_user_group, task, sys_email, sys_properties, sys_scope and
 *   sys_hub_flow, sys_user_role with their ancestors;
 * - a documented dictionary list, with the source of each field (platform/documented-tables.ts), for the
 *   plugin tables the SDK does not ship: interaction, interaction_related_record, sn_customerservice_case,
 *   customer_contact, csm_consumer, customer_account, interaction_wrap_up_code.
 * What the app itself owns (x_gcer tables and scope columns) comes from app-tables.ts.
 */
import { declareAppTables } from './app-tables'
import { columnSpecs, DOCUMENTED_TABLES } from './platform/documented-tables'
import { sdkTable } from './platform/sdk-tables'
import { clearSchema, declareTable, getTable, hasTable, type TableOptions } from './schema'

/** SDK-defined platform tables the fakes declare (ancestors are declared first, automatically). */
export const SDK_PLATFORM_TABLES = [
    'sys_user',
    'sys_user_group',
    'task',
    'sys_email',
    'sys_properties',
    'sys_scope',
    'sys_hub_flow',
    'sys_user_role',
] as const

/** Display and numbering the SDK definitions do not carry (the platform's sys_number / display flags). */
const SDK_TABLE_OPTIONS: Readonly<Record<string, Omit<TableOptions, 'extends'>>> = {
    task: { numberPrefix: 'TASK', display: 'number' },
    sys_email: { display: 'subject' },
    sys_user: { display: 'name' },
}

function declareSdkTable(name: string): void {
    if (hasTable(name)) return
    const table = sdkTable(name)
    if (table.extends) declareSdkTable(table.extends)
    // A child definition may repeat an inherited column (system columns, overrides): the parent's stands.
    const inherited = table.extends ? getTable(table.extends).columns : new Map()
    const own = table.columns.filter((c) => !inherited.has(c.name))
    declareTable(name, own, { extends: table.extends, ...SDK_TABLE_OPTIONS[name] })
}

export function declareDefaultTables(): void {
    for (const name of SDK_PLATFORM_TABLES) declareSdkTable(name)
    for (const table of DOCUMENTED_TABLES)
        declareTable(table.name, columnSpecs(table), { extends: table.extends, ...table.options })
    declareAppTables()
}

/** Forgets every declared table, then declares the defaults again. */
export function resetSchema(): void {
    clearSchema()
    declareDefaultTables()
}
