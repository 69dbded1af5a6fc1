// Bundles each TypeScript script include (src/script-includes/*.ts) into one plain script that
// Now.include pastes into the record: an IIFE exposing `prototype`, then a Class.create footer
// binding the include's top-level name, which the platform requires to match the record name.
import { build } from 'esbuild'
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'

const SOURCE_DIR = 'src/script-includes'
const OUT_DIR = 'build/script-includes'

// On the instance, Glide APIs are globals in a script include; the npm package is types only.
const glideGlobals = {
    name: 'glide-globals',
    setup(b) {
        b.onResolve({ filter: /^@servicenow\/glide(\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'glide' }))
        b.onLoad({ filter: /.*/, namespace: 'glide' }, (args) => {
            const sub = args.path.split('/')[2]
            return { contents: sub ? `module.exports = ${sub}` : 'module.exports = this', loader: 'js' }
        })
    },
}

const toName = (file) =>
    basename(file, '.ts')
        .split('-')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('')

export async function buildScriptIncludes() {
    const files = readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    for (const file of files) {
        const name = toName(file)
        await build({
            entryPoints: [join(SOURCE_DIR, file)],
            outfile: join(OUT_DIR, `${basename(file, '.ts')}.js`),
            bundle: true,
            format: 'iife',
            globalName: `${name}Bundle`,
            target: 'es2021',
            platform: 'neutral',
            charset: 'utf8',
            legalComments: 'none',
            plugins: [glideGlobals],
            banner: { js: `// Generated from ${SOURCE_DIR}/${file} by scripts/build-includes.mjs. Do not edit.` },
            footer: { js: `var ${name} = Class.create();\n${name}.prototype = ${name}Bundle.prototype;` },
        })
    }
    return files.length
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const count = await buildScriptIncludes()
    console.log(`script includes: ${count} bundled into ${OUT_DIR}`)
}
