import type { Result } from '../../domain/result'
import { readGenesysSettings } from './genesys-settings'
import { readRoutingConfig } from './routing-config'
import { readInboundMailboxes } from './inbound-mailboxes'
import { integerProperty } from './integer-property'
import { INTEGER_RULES } from './setting-rules'
import type { PropertySource, SettingsProblem } from './settings-problem'

function problemsOf(source: PropertySource): SettingsProblem[] {
    const errors = <T>(r: Result<T, readonly SettingsProblem[]>) => (r.ok ? [] : [...r.error])
    const integers = Object.keys(INTEGER_RULES).flatMap((name) => {
        const read = integerProperty(source, name, INTEGER_RULES[name])
        return read.ok ? [] : [read.error]
    })
    const mailboxes = readInboundMailboxes(source)
    return [
        ...errors(readRoutingConfig(source)),
        ...errors(readGenesysSettings(source)),
        ...integers,
        ...(mailboxes.ok ? [] : [mailboxes.error]),
    ]
}

const key = (p: SettingsProblem) => `${p.property} ${p.code} ${p.message}`

/**
 * The problems saving `value` into property `name` would create, judged with every other property as
 * it stands: a queue mapping that drops the default queue is refused, while an environment still unset
 * (a problem before the change too) does not block saving the mappings first.
 */
export function problemsWithChange(name: string, value: string | null, current: PropertySource): SettingsProblem[] {
    const next: PropertySource = (n) => (n === name ? value : current(n))
    const before = new Set(problemsOf(current).map(key))
    const seen = new Set<string>()
    return problemsOf(next).filter((p) => {
        const k = key(p)
        if (before.has(k) || seen.has(k)) return false
        seen.add(k)
        return true
    })
}

/** One sentence for the admin: each property at fault and what is wrong with it. */
export function describeProblems(problems: readonly SettingsProblem[]): string {
    return problems.map((p) => `${p.property} ${p.message}`).join('; ')
}
