import { ShippedApp } from '../support/shipped-runner/shipped-app'
import { ShippedRunner } from '../support/shipped-runner/shipped-runner'
import { GlideRecord, logLines, resetGlide, seedRecord } from '../fakes/glide'
import { platformRecord } from '../support/shipped-runner/platform-record'
import type { AppRecord } from '../support/app-build'

/** A package of hand-written records, shaped as the SDK writes them (see dist/app/update after `npm run build`). */
const APP = 'x_gcer/genesys-email-routing/0.1.0'
const record = (table: string, fields: Record<string, string>): AppRecord => ({
    table,
    attributes: {},
    fields,
    file: `${table}.xml`,
})
const sysModule = (path: string, content: string) => record('sys_module', { path: `${APP}/${path}`, content })

function runnerOf(...records: AppRecord[]): ShippedRunner {
    return new ShippedRunner(new ShippedApp(records))
}

beforeEach(() => resetGlide())

describe('the runner context holds only platform globals', () => {
    const runner = runnerOf()
    const typeOf = (name: string) => runner.run(`return typeof ${name}`, {}, 'probe')

    it.each([
        'process',
        'Buffer',
        'console',
        'setTimeout',
        'fetch',
        'window',
        'document',
        '__dirname',
        'module',
        'exports',
        'Reflect',
        'WeakRef',
        'FinalizationRegistry',
    ])('has no %s', (name) => expect(typeOf(name)).toBe('undefined'))

    it.each([
        'gs',
        'GlideRecord',
        'GlideDateTime',
        'GlideSysAttachment',
        'sn_ws',
        'sn_cc',
        'Class',
        'AbstractAjaxProcessor',
        'global',
        'require',
    ])('has the platform global %s', (name) => expect(typeOf(name)).not.toBe('undefined'))

    it('refuses new Function and eval, as the platform disallows them', () => {
        expect(() => runner.run('return new Function("return 1")()', {}, 'probe')).toThrow(
            /Code generation from strings disallowed/
        )
        expect(() => runner.run('return eval("1")', {}, 'probe')).toThrow(/Code generation from strings disallowed/)
    })

    it('gives a require that cannot reach Node built-ins', () => {
        expect(() => runner.run("return require('fs')", {}, 'probe')).toThrow("Cannot find module 'fs'")
    })
})

describe('the module loader resolves like the platform', () => {
    it('runs a generated wrapper: full-path require, relative imports without extension, @servicenow/glide as the Glide globals', () => {
        const runner = runnerOf(
            sysModule(
                'src/server/entry.ts',
                "import { greet } from '../app/greet';\nexport function entry(name) { return greet(name) }"
            ),
            sysModule(
                'src/app/greet.ts',
                "import { gs } from '@servicenow/glide';\nexport function greet(name) { gs.info('hello {0}', name); return 'hi ' + name }"
            )
        )
        const answer = runner.run(
            `const { entry } = require('${APP}/src/server/entry.ts');\nreturn entry('Ada');`,
            {},
            'wrapper'
        )
        expect(answer).toBe('hi Ada')
        expect(logLines().map((l) => l.message)).toEqual(['hello Ada'])
    })

    it('loads each module once and shares it between requirers', () => {
        const runner = runnerOf(
            sysModule('src/a.ts', "import { bump } from './counter';\nexport const a = () => bump()"),
            sysModule('src/b.ts', "import { bump } from './counter';\nexport const b = () => bump()"),
            sysModule('src/counter.ts', 'let n = 0;\nexport function bump() { return ++n }')
        )
        const r = runner.run(`return [require('${APP}/src/a.ts').a(), require('${APP}/src/b.ts').b()]`, {}, 'w')
        expect(r).toEqual([1, 2])
        expect(runner.loader.loaded).toBe(3)
    })

    it('fails loudly on a module that does not exist', () => {
        const runner = runnerOf(sysModule('src/a.ts', "import { x } from './missing';\nexport const a = x"))
        expect(() => runner.run(`return require('${APP}/src/a.ts')`, {}, 'w')).toThrow(
            `Cannot find module './missing' from '${APP}/src/a.ts'`
        )
    })

    it('exposes script includes as <scope>.<Name>, Class.create and AbstractAjaxProcessor working as on an instance', () => {
        const runner = runnerOf(
            record('sys_script_include', {
                name: 'Echo',
                api_name: 'x_gcer.Echo',
                client_callable: 'true',
                script: "var Echo = Class.create();\nEcho.prototype = Object.extendsObject(global.AbstractAjaxProcessor, { say: function () { return 'said ' + this.getParameter('sysparm_text') }, type: 'Echo' });",
            })
        )
        expect(runner.ajax('x_gcer.Echo', { sysparm_name: 'say', sysparm_text: 'hi' })).toBe('said hi')
        expect(runner.run("return new x_gcer.Echo({ getParameter: function () { return 'x' } }).say()", {}, 'w')).toBe(
            'said x'
        )
    })

    it('gives conditions the platform form of fields: current.<field> is a GlideElement', () => {
        const runner = runnerOf()
        const id = seedRecord('interaction', { short_description: 'x', x_gcer_routing_status: 'parked' })
        const current = new GlideRecord('interaction')
        current.get(id)
        expect(
            runner.evaluate(
                "current.x_gcer_routing_status.getValue() == 'parked' && current.assigned_to.nil()",
                { current: platformRecord(current) },
                'c'
            )
        ).toBe(true)
    })
})
