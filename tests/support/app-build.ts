import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..', '..')

/** The tracked and untracked (not ignored) files of the working tree, relative to its root. */
export function workingTreeFiles(): string[] {
    return execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
        .split('\n')
        .filter((f) => f && existsSync(join(ROOT, f)))
}

/**
 * Copies the working tree's files into `dir` (node_modules linked) and builds there as `npm run build` does (keys
 * not frozen: CI's own build checks them), so a test run never rewrites the working tree's keys or dist; returns `dir`.
 */
export function buildAppInto(dir: string): string {
    for (const file of workingTreeFiles()) cpSync(join(ROOT, file), join(dir, file), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    execFileSync('node', ['scripts/build.mjs'], { cwd: dir, stdio: 'pipe', env: { ...process.env, CI: '' } })
    return dir
}

export { parseRecords, readAppRecords, type AppRecord } from '../../scripts/lib/app-records'
