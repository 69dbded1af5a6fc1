import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..', '..')

/**
 * Builds the app as `npm run build` does (keys not frozen: CI's own build checks them), in a throwaway copy of the
 * tracked files so a test run never rewrites the working tree's keys or dist.
 */
export function buildAppInTempCopy(): string {
    return buildAppInto(mkdtempSync(join(tmpdir(), 'x-gcer-build-')))
}

/** The tracked and untracked (not ignored) files of the working tree, relative to its root. */
export function workingTreeFiles(): string[] {
    return execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
        .split('\n')
        .filter((f) => f && existsSync(join(ROOT, f)))
}

/** Copies the working tree's files into `dir` (node_modules linked) and builds there; returns `dir`. */
export function buildAppInto(dir: string): string {
    for (const file of workingTreeFiles()) cpSync(join(ROOT, file), join(dir, file), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    execFileSync('node', ['scripts/build.mjs'], { cwd: dir, stdio: 'pipe', env: { ...process.env, CI: '' } })
    return dir
}

export { parseRecords, readAppRecords, type AppRecord } from '../../scripts/lib/app-records'
