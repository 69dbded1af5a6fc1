// npm run build: TypeScript script includes and Workspace client scripts (esbuild), then the Fluent app (now-sdk build), then
// the platform compatibility check of every shipped script (fails the build with file and line), then
// the installable package (now-sdk pack -> target/*.zip). Pass --frozenKeys (CI does) to fail
// when fluent/generated/keys.ts is out of date instead of rewriting it.
import { execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { buildClientScripts, buildScriptIncludes } from './build-includes.mjs'

const started = Date.now()
const frozen = process.argv.includes('--frozenKeys') || process.env.CI === 'true'
const sdk = (args) => execFileSync('npx', ['now-sdk', ...args], { stdio: 'inherit' })

const includes = await buildScriptIncludes()
const clients = await buildClientScripts()
console.log(`script includes: ${includes} bundled; workspace client scripts: ${clients} bundled`)
sdk(frozen ? ['build', '--frozenKeys'] : ['build'])
await checkPlatformCompatibility()
sdk(['pack'])
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
