/**
 * Fake scoped GlideSystem (`gs`) with a test-controlled session: current user and roles, system
 * properties, queued events, log lines and UI messages are in-memory lists tests can read.
 *
 * Only what a scoped app may call is provided: no gs.log / gs.logError / gs.sleep (global scope only),
 * so calling them fails in tests as it would fail on the instance.
 */
import { formatGlideDate, getNow } from './clock'
import { nextGuid, setAuditUserProvider } from './database'

export interface FakeUser {
    readonly sysId: string
    readonly userName: string
    readonly roles: readonly string[]
    /** Display name (gs.getUserDisplayName); defaults to userName. */
    readonly name?: string
}

export interface QueuedEvent {
    readonly name: string
    /** Table and sys_id of the record passed as `instance` (null when none). */
    readonly table: string | null
    readonly sysId: string | null
    readonly parm1: string
    readonly parm2: string
    readonly queue: string | null
}

export type LogLevel = 'info' | 'warn' | 'error'

export interface LogLine {
    readonly level: LogLevel
    /** The message with {0}..{4} replaced by the parameters, as the platform formats it. */
    readonly message: string
}

export interface SessionMessage {
    readonly type: 'info' | 'error'
    readonly message: string
}

/** A non-admin user without roles, so a role check is never passed by accident. */
export const DEFAULT_USER: FakeUser = {
    sysId: '0f0e0d0c0b0a09080706050403020100',
    userName: 'test.user',
    roles: [],
    name: 'Test User',
}

let currentUser: FakeUser = DEFAULT_USER
const properties = new Map<string, string>()
const events: QueuedEvent[] = []
const logs: LogLine[] = []
const sessionMessages: SessionMessage[] = []

setAuditUserProvider(() => currentUser.userName)

/** Replaces {0}, {1}... with the arguments (missing ones are left as is). */
function format(template: string, args: readonly unknown[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) =>
        Number(index) < args.length ? String(args[Number(index)]) : whole
    )
}

function log(level: LogLevel, message: unknown, params: readonly unknown[]): void {
    logs.push({ level, message: format(String(message), params) })
}

/** Anything with getTableName/getUniqueValue, i.e. a (fake) GlideRecord. */
interface RecordLike {
    getTableName(): string
    getUniqueValue(): string | null
}

function isRecordLike(value: unknown): value is RecordLike {
    return (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as RecordLike).getTableName === 'function' &&
        typeof (value as RecordLike).getUniqueValue === 'function'
    )
}

export class gs {
    /** The property value (always a string), else `alt`; unset without `alt` gives null. */
    static getProperty(key: string, alt?: unknown): string {
        const value = properties.get(key)
        return (value !== undefined ? value : alt === undefined ? null : alt) as string
    }

    static getUserID(): string {
        return currentUser.sysId
    }

    static getUserDisplayName(): string {
        return currentUser.name ?? currentUser.userName
    }

    /** True when the user has the role (or any of a comma-separated list); `admin` has every role. */
    static hasRole(role: string): boolean {
        if (currentUser.roles.includes('admin')) return true
        return role.split(',').some((r) => currentUser.roles.includes(r.trim()))
    }

    static eventQueue(name: string, instance?: unknown, parm1?: unknown, parm2?: unknown, queue?: string): void {
        if (instance !== undefined && instance !== null && !isRecordLike(instance)) {
            throw new Error(`gs.eventQueue(${name}): instance must be a GlideRecord`)
        }
        events.push({
            name,
            table: instance ? instance.getTableName() : null,
            sysId: instance ? instance.getUniqueValue() : null,
            parm1: parm1 === undefined || parm1 === null ? '' : String(parm1),
            parm2: parm2 === undefined || parm2 === null ? '' : String(parm2),
            queue: queue ?? null,
        })
    }

    static info(message: string, ...params: unknown[]): void {
        log('info', message, params)
    }

    static warn(message: string, ...params: unknown[]): void {
        log('warn', message, params)
    }

    static error(message: string, ...params: unknown[]): void {
        log('error', message, params)
    }

    static addInfoMessage(message: unknown): void {
        sessionMessages.push({ type: 'info', message: String(message) })
    }

    static addErrorMessage(message: unknown): void {
        sessionMessages.push({ type: 'error', message: String(message) })
    }

    /** Current date 'yyyy-MM-dd' (UTC here). */
    static now(): string {
        return formatGlideDate(getNow())
    }

    /** 32 hex characters, from the same deterministic sequence as sys_ids. */
    static generateGUID(): string {
        return nextGuid()
    }

    static nil(o?: unknown): boolean {
        return o === null || o === undefined || o === ''
    }
}

// ---- test helpers

/** Makes `user` the session user (gs.getUserID/getUserDisplayName/hasRole, sys_created_by). */
export function setCurrentUser(user: {
    sysId: string
    userName: string
    roles?: readonly string[]
    name?: string
}): void {
    currentUser = { sysId: user.sysId, userName: user.userName, roles: user.roles ?? [], name: user.name }
}

export function getCurrentUser(): FakeUser {
    return currentUser
}

/** Sets a system property (stored as a string, as sys_properties does); null or undefined removes it. */
export function setProperty(name: string, value: string | number | boolean | null | undefined): void {
    if (value === null || value === undefined) properties.delete(name)
    else properties.set(name, String(value))
}

/** Events queued with gs.eventQueue, oldest first. */
export function queuedEvents(): readonly QueuedEvent[] {
    return [...events]
}

/** Log lines written with gs.info/warn/error, oldest first; optionally one level only. */
export function logLines(level?: LogLevel): readonly LogLine[] {
    return logs.filter((line) => level === undefined || line.level === level)
}

/** Messages added with gs.addInfoMessage / gs.addErrorMessage. */
export function sessionMessageList(): readonly SessionMessage[] {
    return [...sessionMessages]
}

/** Default user, no properties/events/logs/UI messages. */
export function resetSession(): void {
    currentUser = DEFAULT_USER
    properties.clear()
    events.length = 0
    logs.length = 0
    sessionMessages.length = 0
}
