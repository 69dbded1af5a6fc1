import { readFileSync } from 'node:fs'
import type { AppRecord } from '../lib/app-records'
import type { ScriptKind } from './rules'

/** One script an instance would run, taken from a record of the built app. */
export interface ShippedScript {
    readonly record: AppRecord
    readonly field: string
    readonly kind: ScriptKind
    /** ES module syntax (sys_module content). */
    readonly module: boolean
    readonly text: string
    /** `sys_module x_gcer/.../src/app/x.ts`, `sys_ui_action Hold (condition)`... */
    readonly label: string
}

interface ScriptField {
    readonly field: string
    readonly kind: ScriptKind
}

const server = (...fields: string[]): ScriptField[] => fields.map((field) => ({ field, kind: 'server' }))
const client = (...fields: string[]): ScriptField[] => fields.map((field) => ({ field, kind: 'client' }))

/** Script-bearing fields per table. Any other table's `script` field is taken as server code, so a new record type is never skipped. */
const SCRIPT_FIELDS: Readonly<Record<string, readonly ScriptField[]>> = {
    sys_script_include: server('script'),
    sys_ui_action: [...server('script', 'condition'), ...client('client_script_v2')],
    sys_ws_operation: server('operation_script'),
    sys_script: server('script', 'condition'),
    sysauto_script: server('script', 'condition'),
    sysevent_in_email_action: server('script', 'condition_script'),
    sysevent_script_action: server('script', 'condition_script'),
    sys_security_acl: server('script', 'condition'),
    sys_script_fix: server('script'),
    sys_script_client: client('script'),
    sys_ui_policy: client('script_true', 'script_false'),
}

const recordName = (r: AppRecord) => r.fields.name || r.fields.api_name || r.fields.sys_id || ''

export function shippedScripts(records: readonly AppRecord[]): ShippedScript[] {
    const scripts: ShippedScript[] = []
    for (const record of records) {
        if (record.table === 'sys_module') {
            const path = record.fields.path ?? ''
            if (/\.(ts|js|mjs|cjs)$/.test(path) && record.fields.content)
                scripts.push({
                    record,
                    field: 'content',
                    kind: 'server',
                    module: true,
                    text: record.fields.content,
                    label: `sys_module ${path}`,
                })
            continue
        }
        const fields = SCRIPT_FIELDS[record.table] ?? server('script')
        for (const { field, kind } of fields) {
            const text = record.fields[field]
            if (!text || !text.trim()) continue
            const suffix = field === 'script' || field === 'operation_script' ? '' : ` (${field})`
            scripts.push({
                record,
                field,
                kind,
                module: false,
                text,
                label: `${record.table} ${recordName(record)}${suffix}`,
            })
        }
    }
    return scripts
}

/** The line in the record's XML file where line 1 of the script is (CDATA content is verbatim), or undefined. */
export function xmlLineOf(script: ShippedScript): number | undefined {
    const xml = readFileSync(script.record.file, 'utf8')
    const at = xml.indexOf(script.text)
    return at < 0 ? undefined : xml.slice(0, at).split('\n').length
}
