import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import * as publicApi from '../../src/server/public-api'
import * as workspaceAjax from '../../src/server/workspace-ajax'

/**
 * The two script includes are thin bridges (SDK guide node_modules/@servicenow/sdk/docs/guides/
 * script-include-guide.md, "Bridging Modules Through Script Includes"): a Class.create class whose
 * methods require() the shipped module and delegate. These tests run the exact text Now.include
 * ships (fluent/script-includes/*.js) in a scope holding only what the instance provides there:
 * Class, Object.extendsObject, global.AbstractAjaxProcessor and require.
 */
const ROOT = join(__dirname, '..', '..')
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'))
const bridgeText = (file: string) => readFileSync(join(ROOT, 'fluent', 'script-includes', file), 'utf8')

// The SDK names a sys_module <scope>/<package name>/<package version>/<path>, and its generated
// scripts require exactly that (dist/app: `require('x_gcer/genesys-email-routing/0.1.0/src/server/ui-actions/resume-action.ts')`).
const sysModule = (file: string) =>
    `${readJson('now.config.json').scope}/${readJson('package.json').name}/${readJson('package.json').version}/${file}`

type Instance = Record<string, (...args: unknown[]) => unknown>

/** Runs a bridge as the platform does and returns its class and the paths it required. */
function loadBridge(file: string, name: string, modules: Record<string, unknown>) {
    const required: string[] = []
    const requireModule = (path: string) => {
        required.push(path)
        if (!(path in modules)) throw new Error(`no sys_module ${path}`)
        return modules[path]
    }
    const Class = {
        create: () =>
            function (this: { initialize?: (...args: unknown[]) => void }, ...args: unknown[]) {
                this.initialize?.(...args)
            },
    }
    // The platform's AbstractAjaxProcessor keeps the request and reads parameters from it.
    const AbstractAjaxProcessor = Class.create() as unknown as { prototype: object }
    AbstractAjaxProcessor.prototype = {
        initialize(this: { request: unknown }, request: unknown) {
            this.request = request
        },
        getParameter(this: { request: { getParameter(n: string): string | null } }, n: string) {
            return this.request.getParameter(n)
        },
    }
    // Prototype.js's Object.extendsObject, as the platform defines it: a copy of the base prototype, extended.
    const extendsObject = (base: { prototype: object }, extension: object) =>
        Object.assign(Object.create(null), base.prototype, extension)
    const scope: Record<string, unknown> = {
        Class,
        global: { AbstractAjaxProcessor },
        require: requireModule,
        extendsObject,
    }
    runInNewContext(`Object.extendsObject = extendsObject\n${bridgeText(file)}\nthis.Bridge = ${name}`, scope)
    return { Bridge: scope.Bridge as new (...args: unknown[]) => Instance, required }
}

const request = (params: Record<string, string>) => ({ getParameter: (n: string) => params[n] ?? null })

describe.each([
    ['genesys-email-routing-ajax.js', 'src/server/workspace-ajax.ts'],
    ['genesys-email-routing.js', 'src/server/public-api.ts'],
])('the bridge %s', (file, module) => {
    const text = bridgeText(file)

    it(`requires ${module} by the path the SDK ships it under`, () => {
        expect(existsSync(join(ROOT, module))).toBe(true)
        expect([...text.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1])).toEqual([sysModule(module)])
    })

    it('is a plain script: no "use strict", no import or export, no Glide import', () => {
        expect(text).not.toMatch(/['"]use strict['"]/)
        expect(text).not.toMatch(/^\s*(import|export)\b/m)
        expect(text).not.toContain('@servicenow/glide')
    })

    it('stays thin (under 2 KB)', () => {
        expect(Buffer.byteLength(text)).toBeLessThan(2048)
    })
})

describe('GenesysEmailRoutingAjax (GlideAjax bridge)', () => {
    const METHODS = ['getTransferOptions', 'transfer', 'getWrapupCodes', 'disconnect', 'hold', 'reply'] as const
    const path = sysModule('src/server/workspace-ajax.ts')

    it('extends AbstractAjaxProcessor and carries the record name as its type', () => {
        const { Bridge } = loadBridge('genesys-email-routing-ajax.js', 'GenesysEmailRoutingAjax', {})
        const processor = new Bridge(request({ sysparm_interaction: 'i1' }))
        expect(processor.type).toBe('GenesysEmailRoutingAjax')
        expect(processor.getParameter('sysparm_interaction')).toBe('i1')
    })

    it('bridges every function the module exports, and nothing else the client could call', () => {
        const { Bridge } = loadBridge('genesys-email-routing-ajax.js', 'GenesysEmailRoutingAjax', {})
        const callable = Object.keys(Bridge.prototype).filter((k) => !k.startsWith('_') && k !== 'type')
        const exported = Object.keys(workspaceAjax).filter(
            (k) => typeof (workspaceAjax as Record<string, unknown>)[k] === 'function'
        )
        expect(callable.filter((k) => !['initialize', 'getParameter'].includes(k)).sort()).toEqual([...METHODS].sort())
        expect(exported.sort()).toEqual([...METHODS].sort())
    })

    it.each(METHODS)('%s hands the module the processor itself and returns its answer unchanged', (method) => {
        const seen: unknown[] = []
        const module = Object.fromEntries(
            METHODS.map((m) => [
                m,
                (processor: { getParameter(n: string): string | null }) => {
                    seen.push(processor)
                    return `${m}:${processor.getParameter('sysparm_interaction')}`
                },
            ])
        )
        const { Bridge, required } = loadBridge('genesys-email-routing-ajax.js', 'GenesysEmailRoutingAjax', {
            [path]: module,
        })
        const processor = new Bridge(request({ sysparm_interaction: 'i1' }))
        expect(processor[method]()).toBe(`${method}:i1`)
        expect(seen).toEqual([processor])
        expect(required).toEqual([path])
    })
})

describe('GenesysEmailRouting (public API bridge)', () => {
    const path = sysModule('src/server/public-api.ts')

    it('carries the record name as its type and requires the module once per instance', () => {
        const { Bridge, required } = loadBridge('genesys-email-routing.js', 'GenesysEmailRouting', {
            [path]: publicApi,
        })
        expect(new Bridge().type).toBe('GenesysEmailRouting')
        expect(required).toEqual([path])
    })

    it('bridges every function the module exports', () => {
        const { Bridge } = loadBridge('genesys-email-routing.js', 'GenesysEmailRouting', { [path]: publicApi })
        const bridged = Object.keys(Bridge.prototype).filter((k) => !['initialize', 'type'].includes(k))
        expect(bridged.sort()).toEqual(Object.keys(publicApi).sort())
    })

    it('answers with what the module answers, arguments passed through', () => {
        const calls: unknown[][] = []
        const module = {
            validateQueueMappings: (...args: unknown[]) => (
                calls.push(['validateQueueMappings', ...args]),
                { valid: true }
            ),
            acceptsNewEmail: (...args: unknown[]) => (calls.push(['acceptsNewEmail', ...args]), true),
            acceptsReply: (...args: unknown[]) => (calls.push(['acceptsReply', ...args]), false),
        }
        const { Bridge } = loadBridge('genesys-email-routing.js', 'GenesysEmailRouting', { [path]: module })
        const api = new Bridge()
        const email = { recipients: 'support@acme.com' }
        expect([api.validateQueueMappings('[]'), api.acceptsNewEmail(email), api.acceptsReply(email)]).toEqual([
            { valid: true },
            true,
            false,
        ])
        expect(calls).toEqual([
            ['validateQueueMappings', '[]'],
            ['acceptsNewEmail', email],
            ['acceptsReply', email],
        ])
    })

    it('runs the real module through the bridge', () => {
        const { Bridge } = loadBridge('genesys-email-routing.js', 'GenesysEmailRouting', { [path]: publicApi })
        expect(new Bridge().validateQueueMappings('[{"queueId": "nope"}]')).toMatchObject({ valid: false, queues: 0 })
    })
})
