// npm run build: TypeScript script includes and Workspace client scripts (esbuild), then the Fluent app (now-sdk build), then
// the installable package (now-sdk pack -> target/*.zip). Pass --frozenKeys (CI does) to fail
// when fluent/generated/keys.ts is out of date instead of rewriting it.
import { execFileSync } from 'node:child_process'
import { buildClientScripts, buildScriptIncludes } from './build-includes.mjs'

const started = Date.now()
const frozen = process.argv.includes('--frozenKeys') || process.env.CI === 'true'
const sdk = (args) => execFileSync('npx', ['now-sdk', ...args], { stdio: 'inherit' })

const includes = await buildScriptIncludes()
const clients = await buildClientScripts()
console.log(`script includes: ${includes} bundled; workspace client scripts: ${clients} bundled`)
sdk(frozen ? ['build', '--frozenKeys'] : ['build'])
sdk(['pack'])
console.log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s${frozen ? ' (frozen keys)' : ''}`)
