import { checkScript, type RuleId } from '../../scripts/platform-compat/rules'

/**
 * Each rule of the build's compatibility check fires on a probe and stays quiet on its allowed neighbour.
 * Sources: @servicenow/sdk docs/guides/javascript-compatibility-guide.md ("Caveats / Not Fully Supported",
 * "What Is NOT Supported") and DOMAIN.md (no "use strict" in shipped server scripts).
 */
const rules = (text: string, options: { module?: boolean } = {}) =>
    checkScript(text, 'server', options).map((f) => `${f.rule}@${f.line}`)

describe.each<[RuleId, string, string]>([
    ['builtin-subclass', 'class AppError extends Error {}', 'class Base {}\nclass AppError extends Base {}'],
    ['builtin-subclass', 'const L = class extends Array {}', 'const L = class extends Object.prototype.constructor {}'],
    ['builtin-subclass', 'class M extends Map {}', 'class M { constructor() { this.m = new Map() } }'],
    ['builtin-subclass', 'class P extends Promise {}', 'const p = Promise.resolve(1)'],
    ['async-method', 'class C { async run() {} }', 'class C { run() { const f = () => 1; return f() } }'],
    ['async-function', 'async function load() {}', 'function load() {}'],
    ['async-function', 'const f = async () => 1', 'const f = () => 1'],
    ['async-function', 'const o = { async m() {} }', 'const o = { m() {} }'],
    ['async-generator', 'async function* g() {}', 'function* g() { yield 1 }'],
    ['for-await', 'function f(xs) { for await (const x of xs) {} }', 'function f(xs) { for (const x of xs) {} }'],
    [
        'private-field',
        'class C { #secret = 1; get() { return this.#secret } }',
        'class C { static #count = 0; static next() { return ++C.#count } }',
    ],
    [
        'private-field',
        'class C { static #k = 1; static has(o) { return #k in o } }',
        'class C { static #k = 1; static k() { return C.#k } }',
    ],
    ['disallowed-builtin', 'const keys = Reflect.ownKeys({})', 'const keys = Object.keys({})'],
    ['disallowed-builtin', 'const r = new WeakRef({})', 'const m = new WeakMap()'],
    ['disallowed-builtin', 'const f = new FinalizationRegistry(() => 1)', 'const s = new Set()'],
    ['disallowed-builtin', 'const b = new SharedArrayBuffer(8)', 'const b = new ArrayBuffer(8)'],
    ['new-function', 'const f = new Function("return 1")', 'const f = function () { return 1 }'],
    ['use-strict', '"use strict";\nvar x = 1', 'var x = "use strict"'],
    ['use-strict', 'function f() {\n  "use strict";\n  return 1\n}', 'function f() { return "use strict" }'],
    ['node-global', 'const env = process.env.X', 'const env = gs.getProperty("x")'],
    ['node-global', 'const b = Buffer.from("x")', 'const o = { Buffer: 1 }; o.Buffer'],
    ['node-global', 'const d = __dirname', 'const d = "__dirname"'],
    ['node-builtin-module', "const fs = require('fs')", "const m = require('x_gcer/app/0.1.0/src/x.ts')"],
    ['node-builtin-module', "const p = require('node:path')", "const p = require('./path')"],
    ['browser-global', 'window.alert(1)', 'const window = {}; window.alert = 1'],
    ['browser-global', 'document.title', 'function f(document) { return document.title }'],
    ['browser-global', 'fetch("https://x")', 'const o = { fetch: 1 }'],
    ['browser-global', 'setTimeout(f, 1)', 'const { setTimeout } = timers; setTimeout(f, 1)'],
    ['browser-global', 'console.log(1)', 'gs.info("1")'],
])('rule %s', (rule, probe, allowed) => {
    it(`fires on: ${probe.replace(/\n/g, ' ')}`, () => {
        expect(rules(probe).map((r) => r.split('@')[0])).toContain(rule)
    })
    it(`stays quiet on: ${allowed.replace(/\n/g, ' ')}`, () => {
        expect(rules(allowed)).toEqual([])
    })
})

describe('module syntax and lines', () => {
    it("checks imports in ES modules (sys_module content): Node's built-ins are refused, neighbours and the platform are not", () => {
        const module =
            "import { gs } from '@servicenow/glide'\nimport { a } from '../app/a'\nimport { readFileSync } from 'node:fs'\nexport const x = 1"
        expect(rules(module, { module: true })).toEqual(['node-builtin-module@3'])
    })

    it('names the line of each violation within the script', () => {
        expect(rules('var a = 1\n\nclass E extends Error {}\nconst r = Reflect.get(a, "b")')).toEqual([
            'builtin-subclass@3',
            'disallowed-builtin@4',
        ])
    })

    it('reports a script that does not parse', () => {
        expect(rules('function (')).toEqual(expect.arrayContaining([expect.stringMatching(/^parse-error@1$/)]))
    })

    it('checks client scripts for syntax only: browser globals and strict mode are theirs', () => {
        expect(checkScript('"use strict";\nwindow.alert(1)', 'client')).toEqual([])
        expect(checkScript('function onClick( {', 'client').map((f) => f.rule)).toContain('parse-error')
    })
})
