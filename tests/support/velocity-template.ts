/**
 * The subset of Velocity that Genesys data action templates use here (Resource Center, "Velocity
 * macros for data actions" and "Request configuration for data actions"):
 *
 * - `${input.x}` formal notation: the value, or the literal `${input.x}` when it is null;
 * - `$!{input.x}` silent notation: the value, or nothing when it is null;
 * - `$esc.jsonString(${input.x})`: the value escaped for use inside a JSON string (EscapeTool);
 * - `#if("$!{input.x}" != "") ... #end`: the block only when the value is set and not empty.
 *
 * Anything else starting with `$` or `#` throws: the renderer never passes unknown syntax through
 * silently, so the template cannot drift into something the tests do not really evaluate.
 */
export type VelocityScope = Readonly<Record<string, unknown>>

const IF_BLOCK = /#if\(\s*"\$!\{([\w.]+)\}"\s*!=\s*""\s*\)([\s\S]*?)#end/g
const ESCAPED = /\$esc\.jsonString\(\s*\$\{([\w.]+)\}\s*\)/g
const SILENT = /\$!\{([\w.]+)\}/g
const FORMAL = /\$\{([\w.]+)\}/g

export function renderVelocity(template: string, scope: VelocityScope): string {
    const withBlocks = template.replace(IF_BLOCK, (_all, name: string, body: string) =>
        text(lookup(scope, name)) === '' ? '' : body
    )
    const rendered = withBlocks
        .replace(ESCAPED, (all, name: string) => {
            const value = lookup(scope, name)
            return value === undefined || value === null ? all : JSON.stringify(text(value)).slice(1, -1)
        })
        .replace(SILENT, (_all, name: string) => text(lookup(scope, name)))
        .replace(FORMAL, (all, name: string) => {
            const value = lookup(scope, name)
            return value === undefined || value === null ? all : text(value)
        })
    const leftover = /\$esc|\$!?\{|#if|#end|#set|#foreach/.exec(
        withBlocks.replace(ESCAPED, '').replace(SILENT, '').replace(FORMAL, '')
    )
    if (leftover) throw new Error(`velocity-template: unsupported syntax near "${leftover[0]}"`)
    return rendered
}

function lookup(scope: VelocityScope, dotted: string): unknown {
    let value: unknown = scope
    for (const part of dotted.split('.')) {
        if (typeof value !== 'object' || value === null) return undefined
        value = (value as Record<string, unknown>)[part]
    }
    return value
}

function text(value: unknown): string {
    if (value === undefined || value === null) return ''
    return typeof value === 'string' ? value : JSON.stringify(value)
}
