import { join } from 'node:path'
import { readAppRecords, type AppRecord } from '../app-build'

const isDelete = (record: AppRecord) => record.attributes.action === 'DELETE'

/** The records of a built app (`dist/app`), by table: what an instance would hold after install. */
export class ShippedApp {
    private readonly byTable = new Map<string, AppRecord[]>()

    constructor(readonly records: readonly AppRecord[]) {
        // A DELETE update (the SDK writes one for a record whose key left the app) removes the record on install.
        const deleted = new Set(records.filter(isDelete).map((r) => `${r.table}:${r.fields.sys_id}`))
        for (const record of records) {
            if (isDelete(record) || deleted.has(`${record.table}:${record.fields.sys_id}`)) continue
            const list = this.byTable.get(record.table) ?? []
            list.push(record)
            this.byTable.set(record.table, list)
        }
    }

    /** Reads `<projectDir>/dist/app`. */
    static fromProject(projectDir: string): ShippedApp {
        return new ShippedApp(readAppRecords(join(projectDir, 'dist', 'app')))
    }

    /** Records of a table; `active` false ones are left out (the platform ignores them). */
    active(table: string): AppRecord[] {
        return (this.byTable.get(table) ?? []).filter((r) => r.fields.active !== 'false')
    }

    /** sys_module path -> content (server modules; the platform's require resolves against these). */
    modules(): Map<string, string> {
        return new Map(this.active('sys_module').map((r) => [r.fields.path, r.fields.content]))
    }

    /** The one active record of `table` whose `field` is `value`; throws naming what exists otherwise. */
    one(table: string, field: string, value: string, also: (r: AppRecord) => boolean = () => true): AppRecord {
        const found = this.active(table).filter((r) => r.fields[field] === value && also(r))
        if (found.length === 1) return found[0]
        const names = this.active(table).map((r) => r.fields[field])
        throw new Error(
            `${found.length} active ${table} records with ${field} '${value}' (there are: ${names.join(', ')})`
        )
    }

    roleName(sysId: string): string | undefined {
        return this.active('sys_user_role').find((r) => r.fields.sys_id === sysId)?.fields.name
    }

    /** The roles with every role they contain (sys_user_role_contains), transitively. */
    expandRoles(roles: readonly string[]): string[] {
        const contains = this.active('sys_user_role_contains').map((r) => ({
            role: this.roleName(r.fields.role),
            contains: this.roleName(r.fields.contains),
        }))
        const out = new Set(roles)
        for (let grew = true; grew;) {
            grew = false
            for (const c of contains)
                if (c.role && c.contains && out.has(c.role) && !out.has(c.contains)) {
                    out.add(c.contains)
                    grew = true
                }
        }
        return [...out]
    }

    /** Role names an ACL grants (sys_security_acl_role); empty when it names none. */
    aclRoles(aclSysId: string): string[] {
        return this.active('sys_security_acl_role')
            .filter((r) => r.fields.sys_security_acl === aclSysId)
            .map((r) => this.roleName(r.fields.sys_user_role) ?? r.fields.sys_user_role)
    }
}
