import fs from 'fs'
import path from 'path'
import { SDK_API_DIR } from './official-sdk'

export interface SdkOperation {
    readonly file: string
    readonly name: string
    readonly method: string
    readonly pathTemplate: string
    readonly deprecated: boolean
}

/**
 * Every generated operation in the SDK's api/*.js: its JSDoc (for `@deprecated`), its name and the
 * `callApi(path, METHOD, ...)` it makes.
 */
export function readSdkOperations(): SdkOperation[] {
    const operations: SdkOperation[] = []
    const pattern =
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*(\w+)\([^)]*\)\s*\{[\s\S]*?callApi\(\s*'([^']+)',\s*'(\w+)'/g
    for (const file of fs.readdirSync(SDK_API_DIR).filter((f) => f.endsWith('.js'))) {
        const source = fs.readFileSync(path.join(SDK_API_DIR, file), 'utf8')
        for (const match of source.matchAll(pattern)) {
            operations.push({
                file,
                name: match[2],
                method: match[4],
                pathTemplate: match[3],
                deprecated: /@deprecated|\(Deprecated\)/i.test(match[1]),
            })
        }
    }
    return operations
}

/** The SDK operations whose template matches a concrete, encoded request path. */
export function operationsMatching(operations: SdkOperation[], method: string, requestPath: string): SdkOperation[] {
    return operations.filter((op) => {
        if (op.method !== method) return false
        const regex = new RegExp(
            `^${op.pathTemplate.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[\w-]+\\?\}/g, '[^/]+')}$`
        )
        return regex.test(requestPath)
    })
}
