import fs from 'fs'
import path from 'path'

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        return entry.isDirectory() ? sourceFiles(full) : /\.(ts|js|mjs)$/.test(entry.name) ? [full] : []
    })
}

describe('the deprecated generic participant replace is never called', () => {
    it('no file under src/ has a path ending in /replace', () => {
        const root = path.join(__dirname, '../../src')
        const files = sourceFiles(root)
        expect(files.length).toBeGreaterThan(0)
        const offenders = files.filter((file) => /\/replace['"`]/.test(fs.readFileSync(file, 'utf8')))
        expect(offenders.map((f) => path.relative(root, f))).toEqual([])
    })

    it('the check itself catches the generic path', () => {
        expect(/\/replace['"`]/.test('`/api/v2/conversations/${c}/participants/${p}/replace`')).toBe(true)
        expect(/\/replace['"`]/.test("'/participants/{pid}/replace/queue'")).toBe(false)
    })
})
