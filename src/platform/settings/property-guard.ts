import { gs, type GlideRecord } from '@servicenow/glide'
import { valueOf } from '../glide/record-values'
import { describeProblems, problemsWithChange } from './property-change'
import { systemProperties } from './property-source'

/**
 * Before a sys_properties row of this app is saved: refuse a value the app could not use (malformed
 * queue mapping JSON, a default queue that is not mapped, a timeout of "10s"...), saying exactly why.
 * The form keeps the admin's input, and nothing changes.
 */
export function guardPropertyChange(current: GlideRecord): void {
    const name = valueOf(current, 'name') || ''
    if (name.indexOf('x_gcer.') !== 0) return
    const problems = problemsWithChange(name, valueOf(current, 'value'), systemProperties)
    if (problems.length === 0) return
    gs.addErrorMessage(`Not saved: ${describeProblems(problems)}`)
    current.setAbortAction(true)
}
