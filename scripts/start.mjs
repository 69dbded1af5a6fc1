// npm start: the shipped app (dist/app, built first when missing or older than src/ or fluent/) played through
// the shipped-app runner against the Genesys stand-in on 127.0.0.1. Prints a timeline and a summary table;
// exits 1 when ServiceNow and Genesys disagree about an email at the end.
//   npm start -- [--scenario scripts/start/scenarios/day.json] [--seed 1] [--fault-rate 0.1] [--emails 12]
// The TypeScript it runs (scripts/start, tests/support, tests/fakes) is compiled by esbuild as it is required.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { transformSync } from 'esbuild'

const { values } = parseArgs({
    options: {
        scenario: { type: 'string', default: 'scripts/start/scenarios/day.json' },
        seed: { type: 'string', default: '1' },
        'fault-rate': { type: 'string', default: '0' },
        emails: { type: 'string' },
    },
})
const options = {
    projectDir: process.cwd(),
    scenarioFile: values.scenario,
    seed: Number(values.seed),
    faultRate: Number(values['fault-rate']),
    emails: values.emails === undefined ? undefined : Number(values.emails),
}
if (
    !Number.isFinite(options.seed) ||
    !(options.faultRate >= 0 && options.faultRate <= 1) ||
    (options.emails !== undefined && !(options.emails >= 1))
)
    throw new Error('usage: npm start -- [--scenario file.json] [--seed n] [--fault-rate 0..1] [--emails n>=1]')

/** Newest modification time under these paths (files only), 0 when none exist. */
function newest(paths) {
    let max = 0
    const visit = (path) => {
        if (!existsSync(path)) return
        const stat = statSync(path)
        if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry))
        else max = Math.max(max, stat.mtimeMs)
    }
    paths.forEach(visit)
    return max
}

const built = newest(['dist/app'])
const sources = newest(['src', 'fluent', 'now.config.json', 'scripts/build.mjs', 'scripts/build-includes.mjs'])
if (built === 0 || built < sources) {
    console.log(
        built === 0 ? 'dist/app is missing: building the app first' : 'dist/app is older than src/ or fluent/: building'
    )
    execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' })
}

// require() of .ts files: esbuild strips the types per file (CommonJS), as ts-jest does for the tests.
Module._extensions['.ts'] = (module, filename) => {
    const source = readFileSync(filename, 'utf8')
    const { code } = transformSync(source, {
        loader: 'ts',
        format: 'cjs',
        target: 'node20',
        sourcefile: filename,
        sourcemap: 'inline',
    })
    module._compile(code, filename)
}
const require = createRequire(import.meta.url)
const { play } = require('./start/main.ts')
const disagreements = await play(options)
process.exitCode = disagreements === 0 ? 0 : 1
