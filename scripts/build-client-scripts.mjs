// Bundles each Workspace client script (src/client/*.ts; shared code in src/client/lib) for the
// browser and puts the bundle inside the onClick(g_form) wrapper written in src/client/on-click.js.
// The UI actions paste build/client/<name>.js into clientScriptV2 (fluent/ui-actions.now.ts).
import { build } from 'esbuild'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

const CLIENT_DIR = 'src/client'
const OUT_DIR = 'build/client'
const WRAPPER = join(CLIENT_DIR, 'on-click.js')
const SLOT = /^ *var clientModule = BUNDLED_CLIENT_MODULE\n/m

export async function buildClientScripts() {
    const wrapper = readFileSync(WRAPPER, 'utf8')
    if (!SLOT.test(wrapper)) throw new Error(`${WRAPPER}: no "var clientModule = BUNDLED_CLIENT_MODULE" line`)
    const files = readdirSync(CLIENT_DIR).filter((f) => f.endsWith('.ts'))
    mkdirSync(OUT_DIR, { recursive: true })
    for (const file of files) {
        const bundle = await build({
            entryPoints: [join(CLIENT_DIR, file)],
            bundle: true,
            write: false,
            format: 'iife',
            globalName: 'clientModule',
            target: 'es2017',
            platform: 'browser',
            legalComments: 'none',
            // src/client/tsconfig.json is strict, which makes esbuild emit "use strict" in the
            // middle of onClick: the type check stays strict, the shipped script does not carry it.
            tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
        })
        const code = bundle.outputFiles[0].text
        writeFileSync(
            join(OUT_DIR, `${basename(file, '.ts')}.js`),
            wrapper.replace(SLOT, () => code)
        )
    }
    return files.length
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const count = await buildClientScripts()
    console.log(`workspace client scripts: ${count} bundled into ${OUT_DIR}`)
}
