/**
 * The fake clock behind GlideDateTime, gs.now and the sys_created_on / sys_updated_on columns.
 * Time stands still unless a test moves it (setNow / advanceClock), so stored timestamps are deterministic.
 */

/** 2025-01-01 00:00:00 UTC: where the clock stands after resetClock(). */
export const DEFAULT_NOW_MS = Date.UTC(2025, 0, 1, 0, 0, 0)

let nowMs = DEFAULT_NOW_MS

/**
 * Code that busy-waits on the clock (the scoped-app sleeper) would spin forever on a clock that stands
 * still, and a synchronous loop cannot be timed out by jest. So after this many reads without the
 * time moving, reading it throws: a loud test failure instead of a hung CI run.
 */
export const FROZEN_CLOCK_READ_LIMIT = 100_000
let readsSinceMove = 0

/** Current fake time in epoch milliseconds. */
export function getNow(): number {
    if (++readsSinceMove > FROZEN_CLOCK_READ_LIMIT)
        throw new Error('fake clock: read 100000 times without moving; is the code busy-waiting on it?')
    return nowMs
}

/** Sets the fake time: epoch milliseconds, a Date, or a Glide internal 'yyyy-MM-dd HH:mm:ss' (UTC) string. */
export function setNow(time: number | Date | string): void {
    const ms = typeof time === 'number' ? time : typeof time === 'string' ? parseGlideDateTime(time) : time.getTime()
    if (ms === null || !Number.isFinite(ms)) {
        throw new Error(`setNow: not a valid time: ${String(time)}`)
    }
    nowMs = ms
    readsSinceMove = 0
}

/** Moves the fake time forward (or back, with a negative value) by `ms` milliseconds. */
export function advanceClock(ms: number): void {
    nowMs += ms
    readsSinceMove = 0
}

export function resetClock(): void {
    nowMs = DEFAULT_NOW_MS
    readsSinceMove = 0
}

function pad(n: number, width = 2): string {
    return String(n).padStart(width, '0')
}

/** Formats epoch ms as the Glide internal date-time format 'yyyy-MM-dd HH:mm:ss' in UTC. */
export function formatGlideDateTime(ms: number): string {
    const d = new Date(ms)
    return (
        `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
        `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
    )
}

/** Formats epoch ms as 'yyyy-MM-dd' in UTC. */
export function formatGlideDate(ms: number): string {
    return formatGlideDateTime(ms).slice(0, 10)
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/

/**
 * Parses 'yyyy-MM-dd HH:mm:ss' or 'yyyy-MM-dd' as UTC. Returns null for anything else, including
 * out-of-range parts such as month 13 (no silent roll-over).
 */
export function parseGlideDateTime(value: string): number | null {
    const m = DATE_TIME.exec(value)
    if (!m) return null
    const [year, month, day, hour, minute, second] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part)))
    const ms = Date.UTC(year, month - 1, day, hour, minute, second)
    const d = new Date(ms)
    const sameParts =
        d.getUTCFullYear() === year &&
        d.getUTCMonth() === month - 1 &&
        d.getUTCDate() === day &&
        d.getUTCHours() === hour &&
        d.getUTCMinutes() === minute &&
        d.getUTCSeconds() === second
    return sameParts ? ms : null
}
