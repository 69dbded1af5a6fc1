import { buildSync } from 'esbuild'

const cache = new Map<string, string>()

/**
 * Bundles a TypeScript worker entry into one CommonJS string for `new Worker(code, { eval: true })`.
 * ts-jest does not reach inside worker_threads, so worker entries are compiled here at test time.
 */
export function compileWorker(entryPath: string): string {
    const cached = cache.get(entryPath)
    if (cached !== undefined) return cached
    const result = buildSync({
        entryPoints: [entryPath],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
    })
    const code = result.outputFiles[0].text
    cache.set(entryPath, code)
    return code
}
