// The build timed end to end, alternating in the same run with (1) a bare `now-sdk init --template typescript.basic`
// scaffold and (2) the floor: our Fluent metadata with stubbed server modules (build-floor.mjs). Alternating keeps
// the ratios independent of how loaded the machine is; each figure is the median wall-clock time of three builds.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { makeFloorProject } from './build-floor.mjs'

const RUNS = 3

export function benchBuild() {
    const bare = bareScaffold()
    const ours = []
    const floor = []
    const theirs = []
    const floorDir = join(tmpdir(), 'x_gcer-bench-floor')
    const sdk = resolve('node_modules/.bin/now-sdk')
    for (let i = 0; i < RUNS; i++) {
        clean('.')
        ours.push(
            timed(() => execFileSync('node', ['scripts/build.mjs'], { stdio: 'pipe', env: { ...process.env, CI: '' } }))
        )
        const stubbed = makeFloorProject(resolve('.'), floorDir)
        if (i === 0) console.log(`floor: Fluent files as shipped, server modules stubbed: ${stubbed.join(', ')}`)
        floor.push(timed(() => execFileSync(sdk, ['build', floorDir], { cwd: tmpdir(), stdio: 'pipe' })))
        clean(bare)
        theirs.push(
            timed(() =>
                execFileSync(join(bare, 'node_modules', '.bin', 'now-sdk'), ['build'], { cwd: bare, stdio: 'pipe' })
            )
        )
    }
    const line = (name, xs) => `${name}: ${median(xs).toFixed(1)} s (runs ${xs.map((x) => x.toFixed(1)).join(', ')})`
    console.log(
        '\n== build (client scripts + now-sdk build + compatibility check), alternating with a bare scaffold and the floor'
    )
    console.log(line('clean build', ours))
    console.log(line('floor (our Fluent metadata, stubbed server modules, now-sdk build only)', floor))
    console.log(line('bare scaffold', theirs))
    console.log(
        `ratio to the bare scaffold: build ${(median(ours) / median(theirs)).toFixed(2)}x (target 1.5x), floor ${(median(floor) / median(theirs)).toFixed(2)}x`
    )
}

/** The scaffold is made once in the temp folder (init runs offline; its npm install needs the npm registry). */
function bareScaffold() {
    const bare = join(tmpdir(), 'x_gcer-bench-bare-scaffold')
    if (existsSync(join(bare, 'node_modules', '.bin', 'now-sdk'))) return bare
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
    return bare
}

function timed(run) {
    const wall = Date.now()
    run()
    return (Date.now() - wall) / 1000
}

function clean(dir) {
    for (const d of ['dist', '.now', 'target']) rmSync(join(dir, d), { recursive: true, force: true })
}

function median(xs) {
    return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
}
