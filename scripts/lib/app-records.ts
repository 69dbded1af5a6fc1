import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One metadata record of the built app: its table and its fields' text values. */
export interface AppRecord {
    readonly table: string
    readonly attributes: Readonly<Record<string, string>>
    readonly fields: Readonly<Record<string, string>>
    readonly file: string
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' }
const decode = (text: string) => {
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(text)
    return cdata ? cdata[1] : text.replace(/&(lt|gt|quot|apos|amp);/g, (m) => ENTITIES[m])
}

function parseAttributes(text: string): Record<string, string> {
    const attributes: Record<string, string> = {}
    for (const m of text.matchAll(/(\w+)="([^"]*)"/g)) attributes[m[1]] = decode(m[2])
    return attributes
}

/** Reads the `<record_update>` XML the SDK writes: one record per element under the root. */
export function parseRecords(xml: string, file: string): AppRecord[] {
    const records: AppRecord[] = []
    // Choice lists come wrapped in <sys_choice_v2>; unwrap so each sys_choice reads as a record.
    const root = /<record_update[^>]*>([\s\S]*)<\/record_update>/.exec(xml.replace(/<\/?sys_choice_v2[^>]*>/g, ''))
    if (!root) return records
    for (const rec of root[1].matchAll(/<(\w+)((?:\s+\w+="[^"]*")*)>([\s\S]*?)<\/\1>/g)) {
        const fields: Record<string, string> = {}
        for (const f of rec[3].matchAll(/<(\w+)(?:\s+[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1>)/g))
            fields[f[1]] = decode(f[2] ?? '')
        records.push({ table: rec[1], attributes: parseAttributes(rec[2]), fields, file })
    }
    return records
}

export function readAppRecords(appDir: string): AppRecord[] {
    const records: AppRecord[] = []
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name)
            if (entry.isDirectory()) walk(path)
            else if (entry.name.endsWith('.xml')) records.push(...parseRecords(readFileSync(path, 'utf8'), path))
        }
    }
    walk(appDir)
    return records
}
