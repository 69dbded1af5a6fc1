// npm run bench: cost per agent action, measured rather than timed in tests.
//   scripts/bench/*.ts   each prints its own table (Genesys requests per operation, Glide database
//                        operations per use case, ...) and exits non-zero when a target is missed;
//   the build            timed end to end against a bare scaffold and the Fluent floor
//                        (bench/build-time.mjs), unless --no-build.
// Bench entries run bundled by esbuild; @servicenow/glide resolves to the in-memory fakes, which count.
import { build } from 'esbuild'
import { benchBuild } from './bench/build-time.mjs'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runInThisContext } from 'node:vm'
import { createRequire } from 'node:module'

const BENCH_DIR = 'scripts/bench'

// As in jest.config.js: '@servicenow/glide' and its sub-paths resolve to the counting fakes.
const glideFakes = {
    name: 'glide-fakes',
    setup(b) {
        b.onResolve({ filter: /^@servicenow\/glide(\/.*)?$/ }, (args) => {
            const sub = args.path.split('/')[2]
            return { path: resolve('tests/fakes/glide', sub ? `${sub}.ts` : 'index.ts') }
        })
    },
}
const require = createRequire(import.meta.url)
let failed = 0

for (const file of readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    console.log(`\n== ${file}`)
    const out = await build({
        entryPoints: [join(BENCH_DIR, file)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        write: false,
        plugins: [glideFakes],
        logLevel: 'warning',
    })
    const code = out.outputFiles[0].text
    const exitCode = { value: 0 }
    const fakeProcess = Object.create(process, {
        exit: { value: (c = 0) => ((exitCode.value = c), undefined) },
        exitCode: { set: (c) => (exitCode.value = c), get: () => exitCode.value },
    })
    runInThisContext(`(function (require, process, module, exports) {${code}\n})`)(
        require,
        fakeProcess,
        { exports: {} },
        {}
    )
    if (exitCode.value) {
        failed++
        console.log(`!! ${file} missed a target`)
    }
}

if (!process.argv.includes('--no-build')) benchBuild()
process.exitCode = failed ? 1 : 0
