import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildAppInto, ROOT, workingTreeFiles } from '../app-build'

/** A build can take minutes on a busy machine; a lock older than this is taken over. */
const STALE_LOCK_MS = 10 * 60_000
const POLL_MS = 500

/** Files that cannot change what `npm run build` writes: tests, prose, npm start's player and the benchmarks. */
const irrelevant = (file: string) =>
    ['tests/', 'scripts/start', 'scripts/bench'].some((prefix) => file.startsWith(prefix)) || file.endsWith('.md')

/** A digest of every file the build reads, so an unchanged tree reuses its build across jest workers and runs. */
function sourceDigest(): string {
    const hash = createHash('sha256')
    for (const file of workingTreeFiles()
        .filter((f) => !irrelevant(f))
        .sort()) {
        hash.update(file + '\0')
        if (statSync(join(ROOT, file)).isFile()) hash.update(readFileSync(join(ROOT, file)))
    }
    return hash.digest('hex').slice(0, 16)
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * The project built as `npm run build` builds it, once per source state: in a temp copy keyed by a digest
 * of the sources, shared by every test file (and jest worker) that asks, so a full `npm test` builds once.
 * APP_BUILD_DIR (a directory holding dist/app) skips the build. Returns the project directory.
 */
export function sharedAppBuild(): string {
    if (process.env.APP_BUILD_DIR) return process.env.APP_BUILD_DIR
    const dir = join(tmpdir(), `x-gcer-shipped-${sourceDigest()}`)
    const done = join(dir, '.build-complete')
    const lock = `${dir}.lock`
    for (;;) {
        if (existsSync(done)) return dir
        try {
            mkdirSync(lock)
        } catch {
            const held = statSync(lock, { throwIfNoEntry: false })
            if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true })
            else sleep(POLL_MS)
            continue
        }
        try {
            rmSync(dir, { recursive: true, force: true })
            mkdirSync(dir)
            buildAppInto(dir)
            writeFileSync(done, new Date().toISOString())
            forgetOldBuilds(dir)
            return dir
        } finally {
            rmSync(lock, { recursive: true, force: true })
        }
    }
}

/** Builds of other source states finished more than a day ago are dropped (a concurrent run never uses one that old). */
function forgetOldBuilds(current: string): void {
    for (const name of readdirSync(tmpdir()).filter((n) => /^x-gcer-shipped-[0-9a-f]{16}$/.test(n))) {
        const dir = join(tmpdir(), name)
        const done = statSync(join(dir, '.build-complete'), { throwIfNoEntry: false })
        if (dir !== current && done && Date.now() - done.mtimeMs > 24 * 3600_000)
            rmSync(dir, { recursive: true, force: true })
    }
}
