// npm run build: the Workspace client scripts (esbuild, for the browser), then the Fluent app
// (now-sdk build -> dist/app), as a bare `now-sdk init` scaffold's build does, then the platform
// compatibility check of every shipped script (fails the build with file and line). Pass --frozenKeys
// (CI does) to fail when fluent/generated/keys.ts is out of date instead of rewriting it.
// The installable zip is `npm run pack` (now-sdk pack -> target/*.zip); `now-sdk install` packs
// dist/app itself, so the everyday build does not.
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { buildClientScripts } from './build-client-scripts.mjs'

const started = Date.now()
const frozen = process.argv.includes('--frozenKeys') || process.env.CI === 'true'
const root = fileURLToPath(new URL('..', import.meta.url))
// The SDK's CLI run directly (npx spends about a second of CPU finding it), on the project given
// as its source argument. It runs from the temp dir because the SDK type-checks the Fluent files
// with fixed compiler options that load every package under node_modules/@types next to the
// working directory: here @types/node, jest and babel (3.5 MB of declarations Fluent never uses,
// about 4 s of CPU). Server modules are checked with tsconfig.sdk.json, which lists no types.
const cli = fileURLToPath(new URL('../node_modules/.bin/now-sdk', import.meta.url))
const sdk = (args) => execFileSync(cli, [...args, root], { stdio: 'inherit', cwd: tmpdir() })

const clients = await buildClientScripts()
console.log(`workspace client scripts: ${clients} bundled`)
sdk(frozen ? ['build', '--frozenKeys'] : ['build'])
await checkPlatformCompatibility()
console.log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s${frozen ? ' (frozen keys)' : ''}`)

/** scripts/platform-compat (TypeScript) bundled by esbuild, then run on dist/app; exits non-zero on a violation. */
async function checkPlatformCompatibility() {
    const outfile = 'build/platform-compat.mjs'
    await build({
        entryPoints: ['scripts/platform-compat/main.ts'],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning',
    })
    execFileSync('node', [outfile, 'dist/app'], { stdio: 'inherit' })
}
