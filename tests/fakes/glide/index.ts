/**
 * In-memory fakes of '@servicenow/glide' for jest (jest.config.js maps the package here).
 * Platform code imports `{ gs, GlideRecord, GlideDateTime }` from '@servicenow/glide' and is type-checked
 * against the real declarations; jest runs it on these fakes. Tests import the helpers below from
 * 'tests/fakes/glide' (same module instance as the mapped package).
 *
 *   beforeEach(() => resetGlide())
 *   const userId = seedRecord('sys_user', { user_name: 'ada', name: 'Ada', x_gcer_genesys_user_id: 'g-1' })
 *   ... run platform code ...
 *   expect(glideStats().total).toBe(3)
 *
 * Known deviations from the platform (beyond the many methods not implemented at all):
 * - Platform tables have the columns of platform sources (the SDK's table definitions, a documented list:
 *   see default-tables.ts). setValue of a field the table lacks is silently dropped, as on the platform.
 * - Louder: unknown tables, reads and queries of unknown fields, undefined values, objects as values, unsupported operators, empty values
 *   with = / != (use addNullQuery), journal fields in queries, encoded queries outside the documented subset,
 *   and malformed date-times or booleans all throw. The platform mostly ignores them (an invalid encoded
 *   query is dropped and returns every row).
 * - No business rules, ACLs, data policies, choice lists, dictionary max lengths, mandatory fields or
 *   uniqueness; there is no GlideRecordSecure. Journal fields (work_notes) take text but keep no journal.
 * - getDisplayValue: choice fields return the value (no labels); date-times are UTC; a reference display
 *   lookup is counted as one read of the referenced table.
 * - Property access of fields (gr.state, gr.sys_id) is undefined: use getValue/setValue or getElement(field),
 *   whose GlideElement has getValue, setValue, get/setDisplayValue, getDecryptedValue, nil and little else.
 * - Password2 columns store opaque cipher text ('enc2:...'): getValue and readRecord show it, never the secret;
 *   setValue takes only cipher text; getElement(f).setDisplayValue encrypts, getDecryptedValue decrypts;
 *   seedRecord takes the clear text. getDisplayValue is masked.
 * - refuseInserts(table) makes insert() return null (or '') and write nothing, standing in for a business
 *   rule or data policy that aborts the insert.
 * - sn_ws (RESTMessageV2) and sn_cc (StandardCredentialsProvider) have their own fakes, mapped the same way:
 *   import their helpers from 'tests/fakes/glide/sn_ws' / 'tests/fakes/glide/sn_cc'.
 * - Without orderBy, rows come back in insertion order (the platform's order is unspecified).
 * - get() drops conditions added before it. addOrCondition is the only GlideQueryCondition method.
 * - Display field: explicit, else 'name', else 'number'; tables without one display as ''.
 * - Time is UTC everywhere (gs.now, GlideDateTime display values) and stands still unless setNow /
 *   advanceClock move it. sys_ids and gs.generateGUID are deterministic after resetGlide().
 * - Inferred, not verified on an instance: getValue of a boolean is '1'/'0'; `!=`/NOT IN skip empty fields;
 *   string matching ignores case; gs.getProperty of an unset key without default is null; update() with
 *   no change writes nothing.
 */
import { resetClock } from './clock'
import { resetSchema } from './default-tables'
import { resetDatabase } from './database'
import { resetSession } from './gs'
import { resetCredentials } from './sn_cc'
import { resetRestMessages } from './sn_ws'
import { resetAttachments } from './glide-sys-attachment'
import { resetPlugins } from './glide-plugin-manager'

export { deletingInBusinessRule, GlideRecord, GlideQueryCondition } from './glide-record'
export { GlideDateTime } from './glide-date-time'
export { GlideElement } from './glide-element'
export { gs } from './gs'
export { GlideSysAttachment, attachmentsOf, seedAttachment } from './glide-sys-attachment'
export { GlidePluginManager, activatePlugins } from './glide-plugin-manager'

// ---- test helpers
export { advanceClock, getNow, setNow, formatGlideDateTime, parseGlideDateTime } from './clock'
export { col, getTable, hasTable } from './schema'
export type { Column, ColumnInput, ColumnSpec, ColumnType, TableOptions, TableSchema } from './schema'
export { appOwnedColumns } from './app-tables'
export { recordFieldUses } from './field-use'
export type { FieldUse, FieldUseKind } from './field-use'
export { DOCUMENTED_TABLES } from './platform/documented-tables'
export { sdkColumnsWithAncestors, sdkSource } from './platform/sdk-tables'
export { SDK_PLATFORM_TABLES } from './default-tables'
export { allRecords, glideStats, readRecord, refuseInserts, resetGlideStats, seedRecord } from './database'
export type { GlideStats, OperationKind, TableStats } from './database'
export {
    DEFAULT_USER,
    getCurrentUser,
    logLines,
    queuedEvents,
    sessionMessageList,
    setCurrentUser,
    setProperty,
} from './gs'
export type { FakeUser, LogLevel, LogLine, QueuedEvent, SessionMessage } from './gs'

/**
 * Back to a blank instance: rows, record numbers, sys_id sequence, refused inserts,
 * secrets, counters, session (user, properties, events, logs, UI messages), clock, scripted REST responses and
 * sent messages, alias credentials, attachments and active plugins. The schema (default-tables.ts) never changes.
 */
export function resetGlide(): void {
    resetDatabase()
    resetSession()
    resetClock()
    resetRestMessages()
    resetCredentials()
    resetAttachments()
    resetPlugins()
}

resetSchema()
