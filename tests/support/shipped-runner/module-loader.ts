import { transformSync } from 'esbuild'
import * as vm from 'node:vm'

/** A `require` as the platform hands it to server scripts and modules. */
export type PlatformRequire = (specifier: string) => unknown

interface LoadedModule {
    exports: unknown
}

/** Extensions tried after the bare path, as module imports in sys_module content carry none ('../app/outbox-processor'). */
const CANDIDATE_SUFFIXES = ['', '.ts', '.js', '.mjs', '/index.ts', '/index.js']

/** `a/b/../c/./d` -> `a/c/d` (sys_module paths are POSIX, relative to no root). */
function normalize(path: string): string {
    const out: string[] = []
    for (const part of path.split('/')) {
        if (part === '' || part === '.') continue
        if (part === '..') out.pop()
        else out.push(part)
    }
    return out.join('/')
}

const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')))

/**
 * Resolves `require` between sys_module records by their `path` field, the way the platform does:
 * a server script names a module by its full path (`x_gcer/<app>/<version>/src/server/x.ts`, what the
 * SDK's generated wrappers write), a module imports its neighbours relatively (`'../app/y'`, no extension),
 * and `@servicenow/glide[/ns]` is the platform itself (`platformModule`). Module content is ES module
 * syntax; it is turned into CommonJS (imports/exports only, nothing else lowered) and run once, cached,
 * in the runner's vm context.
 */
export class ModuleLoader {
    private readonly cache = new Map<string, LoadedModule>()
    /** How many module bodies ran (each at most once). */
    loaded = 0

    constructor(
        private readonly modules: ReadonlyMap<string, string>,
        private readonly context: vm.Context,
        private readonly platformModule: (specifier: string) => unknown | undefined
    ) {}

    /** The require a non-module server script gets: full paths and platform modules only. */
    readonly require: PlatformRequire = (specifier) => this.load(String(specifier), undefined)

    paths(): string[] {
        return [...this.modules.keys()]
    }

    private load(specifier: string, from: string | undefined): unknown {
        if (specifier === '@servicenow/glide' || specifier.startsWith('@servicenow/glide/')) {
            const platform = this.platformModule(specifier)
            if (platform === undefined)
                throw new Error(`Cannot find module '${specifier}' (no such platform namespace)`)
            return platform
        }
        const path = this.resolve(specifier, from)
        const cached = this.cache.get(path)
        if (cached) return cached.exports
        const module: LoadedModule = { exports: {} }
        this.cache.set(path, module)
        try {
            this.evaluate(path, module)
        } catch (e) {
            this.cache.delete(path)
            throw e
        }
        return module.exports
    }

    private resolve(specifier: string, from: string | undefined): string {
        const relative = specifier.startsWith('./') || specifier.startsWith('../')
        if (relative && from === undefined)
            throw new Error(`Cannot find module '${specifier}': a relative require needs a requiring module`)
        const base = relative ? normalize(`${dirOf(from as string)}/${specifier}`) : normalize(specifier)
        for (const suffix of CANDIDATE_SUFFIXES) if (this.modules.has(base + suffix)) return base + suffix
        throw new Error(`Cannot find module '${specifier}'${from ? ` from '${from}'` : ''}`)
    }

    private evaluate(path: string, module: LoadedModule): void {
        const source = this.modules.get(path) as string
        const code = path.endsWith('.json')
            ? `module.exports = ${source};`
            : transformSync(source, { loader: 'js', format: 'cjs', target: 'esnext', sourcefile: path }).code
        const wrapper = vm.runInContext(`(function (exports, require, module) {${code}\n})`, this.context, {
            filename: path,
        }) as (exports: unknown, require: PlatformRequire, module: LoadedModule) => void
        this.loaded++
        wrapper.call(module.exports, module.exports, (s: string) => this.load(String(s), path), module)
    }
}
