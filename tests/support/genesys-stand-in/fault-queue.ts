import type { FaultRule, FaultSpec } from './stand-in-types'

interface ArmedFault {
    readonly rule: FaultRule
    remaining: number
}

const MAX_TIMES = 1000

/** Faults armed by tests, matched in arming order by method and path pattern, each used N times. */
export class FaultQueue {
    private armed: ArmedFault[] = []

    arm(rule: FaultRule): void {
        const times = Math.min(Math.max(1, Math.floor(rule.times ?? 1)), MAX_TIMES)
        this.armed.push({ rule, remaining: times })
    }

    clear(): void {
        this.armed = []
    }

    pending(): readonly FaultRule[] {
        return this.armed.map((a) => ({ ...a.rule, times: a.remaining }))
    }

    /** Consumes one use of the first fault matching this request, if any. */
    take(method: string, path: string): FaultSpec | undefined {
        const index = this.armed.findIndex((a) => matches(a.rule, method, path))
        if (index < 0) return undefined
        const found = this.armed[index]
        found.remaining -= 1
        if (found.remaining <= 0) this.armed.splice(index, 1)
        return found.rule.fault
    }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
    if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false
    return patternToRegExp(rule.path).test(path)
}

/** `**` -> anything, `*` -> one path segment; everything else literal. */
export function patternToRegExp(pattern: string): RegExp {
    const parts = pattern.split('**').map((part) =>
        part
            .split('*')
            .map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^/]+')
    )
    return new RegExp(`^${parts.join('.*')}$`)
}
