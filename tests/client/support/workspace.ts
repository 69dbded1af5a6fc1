import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'

const ROOT = join(__dirname, '..', '..', '..')

interface Ajax {
    processor: string
    params: Record<string, string>
}

/**
 * Runs a bundled clientScriptV2 (build/client/<script>.js) as Workspace would: a plain `function onClick(g_form)` with
 * g_modal and GlideAjax as globals. The fakes answer GlideAjax calls from a script of replies.
 */
export function workspace(
    replies: Record<string, string>,
    modal: 'pick' | 'cancel' | { pick: string } = 'pick',
    script = 'transfer-email'
) {
    execFileSync('node', ['scripts/build-client-scripts.mjs'], { cwd: ROOT, stdio: 'pipe' })
    const source = readFileSync(join(ROOT, 'build', 'client', `${script}.js`), 'utf8')
    const calls: Ajax[] = []
    const info: string[] = []
    const errors: string[] = []
    const shown: unknown[] = []
    class GlideAjax {
        params: Record<string, string> = {}
        constructor(public processor: string) {}
        addParam(name: string, value: string) {
            this.params[name] = value
        }
        getXMLAnswer(callback: (answer: string) => void) {
            calls.push({ processor: this.processor, params: this.params })
            callback(replies[this.params.sysparm_name])
        }
    }
    const g_modal = {
        showFields(options: { fields: { name: string; choices: { value: string }[] }[] }) {
            shown.push(options)
            if (modal === 'cancel') return Promise.reject(new Error('closed'))
            const field = options.fields[0] as { name: string; choices: { value: string }[] }
            const value = modal === 'pick' ? field.choices[0].value : modal.pick
            return Promise.resolve({ updatedFields: [{ name: field.name, value }] })
        },
    }
    const g_form = {
        getUniqueValue: () => 'int-1',
        addInfoMessage: (m: string) => info.push(m),
        addErrorMessage: (m: string) => errors.push(m),
    }
    const scope: Record<string, unknown> = { g_modal, GlideAjax }
    runInNewContext(`${source}\nthis.onClick = onClick`, scope)
    const click = async () => {
        ;(scope.onClick as (f: typeof g_form) => void)(g_form)
        await new Promise((resolve) => setImmediate(resolve))
    }
    return { click, calls, info, errors, shown }
}
