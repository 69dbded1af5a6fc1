import fs from 'fs'

/**
 * The official Genesys SDK's model interfaces (`node_modules/purecloud-platform-client-v2/index.d.ts`,
 * `declare namespace Models`) read as data, so a JSON file can be checked key by key against them:
 * every key exists in the model, required keys are present, values have the declared type.
 */
interface ModelProperty {
    readonly required: boolean
    readonly type: string
}

type ModelTable = ReadonlyMap<string, ReadonlyMap<string, ModelProperty>>

let table: ModelTable | undefined

function models(): ModelTable {
    if (table !== undefined) return table
    const source = fs.readFileSync(require.resolve('purecloud-platform-client-v2/index.d.ts'), 'utf8')
    const start = source.indexOf('declare namespace Models {')
    const parsed = new Map<string, Map<string, ModelProperty>>()
    const block = /export interface (\w+) \{\s*\n([\s\S]*?)\n\t\}/g
    for (const match of source.slice(start).matchAll(block)) {
        const properties = new Map<string, ModelProperty>()
        for (const line of match[2].matchAll(/^\t\t"([^"]+)"(\??): (.+);$/gm)) {
            properties.set(line[1], { required: line[2] !== '?', type: line[3] })
        }
        parsed.set(match[1], properties)
    }
    table = parsed
    return parsed
}

/** Problems found checking `value` against model `name`; empty when it conforms. */
export function checkAgainstModel(value: unknown, name: string, at = '$'): string[] {
    const model = models().get(name)
    if (model === undefined) return [`${at}: no model ${name} in the SDK`]
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object (${name})`]
    const record = value as Record<string, unknown>
    const problems: string[] = []
    for (const [key, property] of model) {
        if (property.required && record[key] === undefined) problems.push(`${at}.${key}: required by ${name}`)
    }
    for (const [key, child] of Object.entries(record)) {
        const property = model.get(key)
        if (property === undefined) problems.push(`${at}.${key}: not a property of ${name}`)
        else problems.push(...checkType(child, property.type, `${at}.${key}`))
    }
    return problems
}

function checkType(value: unknown, type: string, at: string): string[] {
    const modelRef = /^Models\.(\w+)$/.exec(type)
    if (modelRef) return checkAgainstModel(value, modelRef[1], at)
    const array = /^Array<(.+)>$/.exec(type)
    if (array) {
        if (!Array.isArray(value)) return [`${at}: expected ${type}`]
        return value.flatMap((item, i) => checkType(item, array[1], `${at}[${i}]`))
    }
    const map = /^\{ \[key: string\]: (.+); \}$/.exec(type)
    if (map) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: expected ${type}`]
        return Object.entries(value).flatMap(([k, v]) => checkType(v, map[1], `${at}.${k}`))
    }
    switch (type) {
        case 'string':
        case 'number':
        case 'boolean':
            return typeof value === type ? [] : [`${at}: expected ${type}, got ${JSON.stringify(value)}`]
        case 'object':
            // The generator writes `object` for an arbitrary JSON value (the Java SDK's JsonNode, e.g.
            // MatchCriteria.value): any JSON value but null conforms.
            return value !== null && value !== undefined ? [] : [`${at}: expected a JSON value`]
    }
    return [`${at}: type ${type} not understood by the checker`]
}
