// Bundles each TypeScript script include (src/script-includes/*.ts) into one plain script that
// Now.include pastes into the record: an IIFE exposing `prototype`, then a Class.create footer
// binding the include's top-level name, which the platform requires to match the record name.
import { build } from 'esbuild'
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'

const SOURCE_DIR = 'src/script-includes'
const OUT_DIR = 'build/script-includes'

// On the instance, Glide APIs are globals in a script include; the npm package is types only.
// So `import { gs } from '@servicenow/glide'` becomes a read of the global (guarded with typeof,
// since a missing global is a ReferenceError), and a sub-path such as sn_ws its namespace object.
const GLIDE_GLOBALS = [
    'gs',
    'GlideRecord',
    'GlideRecordSecure',
    'GlideDateTime',
    'GlideAggregate',
    'GlideElement',
    'GlideSysAttachment',
    'GlidePluginManager',
]
const glideGlobals = {
    name: 'glide-globals',
    setup(b) {
        b.onResolve({ filter: /^@servicenow\/glide(\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'glide' }))
        b.onLoad({ filter: /.*/, namespace: 'glide' }, (args) => {
            const sub = args.path.split('/')[2]
            const read = (name) => `${name}: typeof ${name} === 'undefined' ? undefined : ${name}`
            const contents = sub
                ? `module.exports = typeof ${sub} === 'undefined' ? {} : ${sub}`
                : `module.exports = { ${GLIDE_GLOBALS.map(read).join(', ')} }`
            return { contents, loader: 'js' }
        })
    },
}

// A file named *-ajax.ts is a client-callable GlideAjax processor: it extends AbstractAjaxProcessor.
const footerFor = (name, file) =>
    file.endsWith('-ajax.ts')
        ? `var ${name} = Class.create();\n${name}.prototype = Object.extendsObject(global.AbstractAjaxProcessor, ${name}Bundle.prototype);`
        : `var ${name} = Class.create();\n${name}.prototype = ${name}Bundle.prototype;`

const toName = (file) =>
    basename(file, '.ts')
        .split('-')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('')

// Workspace client scripts (src/client/*.ts; shared code in src/client/lib) must be one `function onClick(g_form)`: the bundle goes
// inside it, and the browser globals g_modal and GlideAjax are handed to the module's onClick.
const CLIENT_DIR = 'src/client'
const CLIENT_OUT_DIR = 'build/client'

export async function buildClientScripts() {
    const files = readdirSync(CLIENT_DIR).filter((f) => f.endsWith('.ts'))
    for (const file of files) {
        const name = `${toName(file)}Client`
        await build({
            entryPoints: [join(CLIENT_DIR, file)],
            outfile: join(CLIENT_OUT_DIR, `${basename(file, '.ts')}.js`),
            bundle: true,
            format: 'iife',
            globalName: name,
            target: 'es2017',
            platform: 'browser',
            legalComments: 'none',
            banner: {
                js: `function onClick(g_form) {\n// Generated from ${CLIENT_DIR}/${file} by scripts/build-includes.mjs. Do not edit.`,
            },
            footer: { js: `return ${name}.onClick(g_form, g_modal, GlideAjax);\n}` },
        })
    }
    return files.length
}

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
            footer: { js: footerFor(name, file) },
        })
    }
    return files.length
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const count = await buildScriptIncludes()
    const clients = await buildClientScripts()
    console.log(`script includes: ${count} bundled into ${OUT_DIR}; client scripts: ${clients} into ${CLIENT_OUT_DIR}`)
}
