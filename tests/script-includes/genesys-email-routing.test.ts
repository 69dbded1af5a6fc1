import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'

const ROOT = join(__dirname, '..', '..')
const BILLING = '6f2b0d2e-1c0a-4a7e-9b5e-0c1d2e3f4a5b'

/** Loads the bundled script the way the instance does: a plain script run in a scope with Class. */
function loadScriptInclude(): { new (): Record<string, (...args: unknown[]) => unknown> } {
    execFileSync('node', ['scripts/build-includes.mjs'], { cwd: ROOT, stdio: 'pipe' })
    const script = readFileSync(join(ROOT, 'build', 'script-includes', 'genesys-email-routing.js'), 'utf8')
    const Class = {
        create: () =>
            function (this: { initialize?: () => void }) {
                this.initialize?.()
            },
    }
    const scope: Record<string, unknown> = { Class }
    runInNewContext(`${script}\nthis.GenesysEmailRouting = GenesysEmailRouting`, scope)
    return scope.GenesysEmailRouting as ReturnType<typeof loadScriptInclude>
}

describe('GenesysEmailRouting script include (bundled TypeScript)', () => {
    const GenesysEmailRouting = loadScriptInclude()

    it('is a Class.create class whose type matches the record name', () => {
        expect(new GenesysEmailRouting().type).toBe('GenesysEmailRouting')
    })

    it('validates a good queue mapping', () => {
        const json = JSON.stringify([{ queueId: BILLING, name: 'Billing', default: true }])
        expect(new GenesysEmailRouting().validateQueueMappings(json)).toEqual({
            valid: true,
            queues: 1,
            errors: [],
            message: '',
        })
    })

    it('explains a bad queue mapping precisely', () => {
        const result = new GenesysEmailRouting().validateQueueMappings('[{"queueId": "nope"}]') as { message: string }
        expect(result).toMatchObject({ valid: false, queues: 0 })
        expect(result.message).toBe(
            '[0].queueId: [0].queueId must be a Genesys queue id (a UUID); [0].name: [0].name must be a non-empty string of at most 100 characters'
        )
    })
})
