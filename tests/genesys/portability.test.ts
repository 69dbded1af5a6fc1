import fs from 'fs'
import path from 'path'

/**
 * src/genesys runs on the instance's Rhino-based engine (ES2021 mode) as well as in Node: these are
 * the constructs that work under jest but fail or do not exist there.
 */
const ROOT = path.join(__dirname, '../../src')
const FILES = [
    ...fs
        .readdirSync(path.join(ROOT, 'genesys'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(ROOT, 'genesys', f)),
    path.join(ROOT, 'platform', 'rest-message-transport.ts'),
]

const FORBIDDEN: [string, RegExp][] = [
    [
        'Node/browser globals',
        /\b(Buffer|btoa|atob|URL|URLSearchParams|setTimeout|setInterval|fetch|process|console|require|window|TextEncoder)\b/,
    ],
    ['Error subclass', /extends\s+Error\b/],
    ['async code', /\basync\b|\bawait\b/],
    ['#private fields', /(^|[^\w'"`])#[A-Za-z_]/m],
    ['numeric separators (not sure to parse on the instance)', /\b\d+_\d+\b/],
]

function code(file: string): string {
    // Comments may mention anything; only code counts.
    return fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

describe('src/genesys stays portable to the instance', () => {
    it.each(FILES.map((f) => [path.relative(ROOT, f), f]))(
        '%s uses none of the forbidden constructs',
        (_name, file) => {
            const text = code(file)
            const found = FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([label]) => label)
            expect(found).toEqual([])
        }
    )

    it('src/genesys never imports @servicenow/glide (only the platform adapter may)', () => {
        const offenders = FILES.filter((f) => f.includes(`${path.sep}genesys${path.sep}`)).filter((f) =>
            /from '@servicenow\/glide/.test(code(f))
        )
        expect(offenders).toEqual([])
    })

    it('the checks bite', () => {
        expect(FORBIDDEN[0][1].test('Buffer.from(x)')).toBe(true)
        expect(FORBIDDEN[1][1].test('class X extends Error {}')).toBe(true)
        expect(FORBIDDEN[3][1].test('class A { #secret = 1 }')).toBe(true)
        expect(FORBIDDEN[4][1].test('const ms = 60_000')).toBe(true)
    })
})
