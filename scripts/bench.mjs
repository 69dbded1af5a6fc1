// npm run bench: cost per agent action, measured rather than timed in tests.
//   scripts/bench/*.ts   each prints its own table (Genesys requests per operation, Glide database
//                        operations per use case, ...) and exits non-zero when a target is missed;
//   the build            timed end to end, unless --no-build.
// Bench entries run bundled by esbuild; @servicenow/glide resolves to the in-memory fakes, which count.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

if (!process.argv.includes('--no-build')) {
    // Clean build, alternately with a bare `now-sdk init --template typescript.basic` scaffold in the same run, so
    // the ratio does not depend on how loaded the machine is. The scaffold is made once in the temp folder
    // (init runs offline; its npm install needs the npm registry).
    const bare = join(tmpdir(), 'x_gcer-bench-bare-scaffold')
    if (!existsSync(join(bare, 'node_modules', '.bin', 'now-sdk'))) {
        mkdirSync(bare, { recursive: true })
        const sdk = resolve('node_modules/.bin/now-sdk')
        if (!existsSync(join(bare, 'package.json')))
            execFileSync(
                sdk,
                [
                    'init',
                    '--appName',
                    'Bare',
                    '--packageName',
                    'bare',
                    '--scopeName',
                    'x_bare',
                    '--template',
                    'typescript.basic',
                ],
                { cwd: bare, stdio: 'pipe' }
            )
        execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: bare, stdio: 'pipe' })
    }
    const timed = (run) => {
        const started = process.cpuUsage()
        const wall = Date.now()
        run()
        const cpu = process.cpuUsage(started)
        return { wall: (Date.now() - wall) / 1000, cpu: (cpu.user + cpu.system) / 1e6 }
    }
    const clean = (dir) =>
        ['dist', '.now', 'target'].forEach((d) => rmSync(join(dir, d), { recursive: true, force: true }))
    const ours = []
    const theirs = []
    for (let i = 0; i < 3; i++) {
        clean('.')
        ours.push(
            timed(() => execFileSync('node', ['scripts/build.mjs'], { stdio: 'pipe', env: { ...process.env, CI: '' } }))
                .wall
        )
        clean(bare)
        theirs.push(
            timed(() =>
                execFileSync(join(bare, 'node_modules', '.bin', 'now-sdk'), ['build'], { cwd: bare, stdio: 'pipe' })
            ).wall
        )
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    console.log('\n== build (client scripts + now-sdk build + compatibility check), alternating with a bare scaffold')
    console.log(`clean build: ${median(ours).toFixed(1)} s (runs ${ours.map((x) => x.toFixed(1)).join(', ')})`)
    console.log(`bare scaffold: ${median(theirs).toFixed(1)} s (runs ${theirs.map((x) => x.toFixed(1)).join(', ')})`)
    console.log(`ratio: ${(median(ours) / median(theirs)).toFixed(2)}x (target 1.5x)`)
}
process.exitCode = failed ? 1 : 0
