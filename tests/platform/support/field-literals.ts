/**
 * Static half of the platform-field check: every field name src/platform passes to a Glide field API,
 * found with the TypeScript compiler API (no regex over source text). A field argument is a string
 * literal, a const bound to one in the same file, or `OBJ[key]` over a const object literal of strings
 * (all its values count). Anything else (a computed name) is reported as `dynamic` so a test can refuse it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/** Method name -> index of its field argument (GlideRecord / GlideElement API, @servicenow/glide). */
const RECORD_METHODS: Readonly<Record<string, number>> = {
    getValue: 0,
    setValue: 0,
    getElement: 0,
    getDisplayValue: 0,
    addQuery: 0,
    addNullQuery: 0,
    addNotNullQuery: 0,
    orderBy: 0,
    orderByDesc: 0,
}

/** The app's helpers over GlideRecord (src/platform/glide/record-values.ts) -> index of the field argument. */
const HELPERS: Readonly<Record<string, number>> = { valueOf: 1, setOrClear: 1, findOne: 1 }

export interface FieldLiteral {
    /** Repository-relative path of the source file. */
    readonly file: string
    readonly line: number
    readonly call: string
    /** The field name, or null when the argument is not statically known. */
    readonly field: string | null
}

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) return sourceFiles(path)
        return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : []
    })
}

/** Top-level `const NAME = 'text'` and `const NAME = { k: 'text', ... }` of one file. */
function constants(source: ts.SourceFile): { strings: Map<string, string>; objects: Map<string, string[]> } {
    const strings = new Map<string, string>()
    const objects = new Map<string, string[]>()
    const visit = (node: ts.Node): void => {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
            let init: ts.Expression = node.initializer
            while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression
            if (ts.isStringLiteralLike(init)) strings.set(node.name.text, init.text)
            if (ts.isObjectLiteralExpression(init)) {
                const values = init.properties
                    .filter(ts.isPropertyAssignment)
                    .map((p) => p.initializer)
                    .filter(ts.isStringLiteralLike)
                    .map((s) => s.text)
                if (values.length === init.properties.length) objects.set(node.name.text, values)
            }
        }
        ts.forEachChild(node, visit)
    }
    visit(source)
    return { strings, objects }
}

function fieldsOf(arg: ts.Expression, consts: ReturnType<typeof constants>): (string | null)[] {
    if (ts.isStringLiteralLike(arg)) return [arg.text]
    if (ts.isIdentifier(arg) && consts.strings.has(arg.text)) return [consts.strings.get(arg.text) as string]
    if (ts.isElementAccessExpression(arg) && ts.isIdentifier(arg.expression)) {
        const values = consts.objects.get(arg.expression.text)
        if (values) return values
    }
    return [null]
}

/** Every field argument of a Glide field call under `dir` (e.g. src/platform), relative to `root`. */
export function fieldLiterals(root: string, dir: string): FieldLiteral[] {
    const found: FieldLiteral[] = []
    for (const path of sourceFiles(join(root, dir))) {
        const file = relative(root, path)
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2021, true)
        const consts = constants(source)
        const visit = (node: ts.Node): void => {
            if (ts.isCallExpression(node)) {
                const callee = node.expression
                const name = ts.isPropertyAccessExpression(callee)
                    ? callee.name.text
                    : ts.isIdentifier(callee)
                      ? callee.text
                      : ''
                const index = ts.isPropertyAccessExpression(callee) ? RECORD_METHODS[name] : HELPERS[name]
                const arg = index === undefined ? undefined : node.arguments[index]
                // A one-argument addQuery is an encoded query, not a field: the app never builds one.
                const encoded = name === 'addQuery' && node.arguments.length === 1
                if (arg && !encoded) {
                    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
                    for (const field of fieldsOf(arg, consts)) found.push({ file, line, call: name, field })
                }
            }
            ts.forEachChild(node, visit)
        }
        visit(source)
    }
    return found
}
