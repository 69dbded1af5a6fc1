import { err, ok, type Result } from '../../domain/result'
import { problem, textProperty, type PropertySource, type SettingsProblem } from './settings-problem'

export interface IntegerRule {
    /** Used when the property is unset or blank. */
    readonly fallback: number
    readonly min: number
    readonly max: number
}

/** A whole number within [min, max]; '10s', '1e4', '2.5' or 0 for a timeout are problems, not guesses. */
export function integerProperty(
    source: PropertySource,
    name: string,
    rule: IntegerRule
): Result<number, SettingsProblem> {
    const text = textProperty(source, name)
    if (text === null) return ok(rule.fallback)
    if (!/^[+-]?\d{1,15}$/.test(text))
        return err(problem(name, 'not_an_integer', `must be a whole number; found '${text.slice(0, 40)}'`))
    const value = Number(text)
    if (value < rule.min || value > rule.max)
        return err(problem(name, 'out_of_range', `must be between ${rule.min} and ${rule.max}; found ${value}`))
    return ok(value)
}
