import { readdirSync, readFileSync, statSync } from 'fs'
import { join } from 'path'

/** src/app runs on ServiceNow's engine and must stay platform-free: these would only fail on an instance. */
const ROOT = join(__dirname, '../../src/app')

function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
    })
}

const FORBIDDEN: [string, RegExp][] = [
    ['Glide imports (use a port)', /from '@servicenow\/glide/],
    ['platform adapters (arrows point inward)', /from '\.\.\/(\.\.\/)?platform\//],
    ['Node built-ins', /from '(fs|path|crypto|http|https|util|os|node:[a-z]+)'/],
    ['Error subclasses', /extends\s+Error\b/],
    ['async functions', /\basync\s/],
    ['#private fields', /#[a-zA-Z_]\w*\s*[=:;(]/],
    ['browser/Node globals', /\b(window|document|process|Buffer|setTimeout|require)\b[.(]/],
]

const files = sources(ROOT).map((path) => ({ name: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }))

describe('src/app', () => {
    it('has sources to check', () => expect(files.length).toBeGreaterThan(20))

    it.each(FORBIDDEN)('uses no %s', (_what, pattern) => {
        expect(files.filter((f) => pattern.test(f.text)).map((f) => f.name)).toEqual([])
    })
})
