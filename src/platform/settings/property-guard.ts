import { gs, type GlideRecord } from '@servicenow/glide'
import { parseQueueMappings, queuesUnknownTo } from '../../domain/queue-mappings'
import { createPlatformGenesysApi } from '../genesys/platform-genesys-api'
import { valueOf } from '../glide/record-values'
import { PROPERTY } from '../property-names'
import { describeProblems, problemsWithChange } from './property-change'
import { systemProperties } from './property-source'

/**
 * Before a sys_properties row of this app is saved: refuse a value the app could not use (malformed
 * queue mapping JSON, a default queue that is not mapped, a timeout of "10s"...), saying exactly why.
 * The form keeps the admin's input, and nothing changes. A delete is refused too: the app reads every one.
 */
export function guardPropertyChange(current: GlideRecord): void {
    const name = valueOf(current, 'name') || ''
    if (name.indexOf('x_gcer.') !== 0) return
    if (current.operation() === 'delete') {
        gs.addErrorMessage(
            `Not deleted: Genesys Email Routing reads ${name}; set the value you need instead (an empty value where the property allows one).`
        )
        current.setAbortAction(true)
        return
    }
    const value = valueOf(current, 'value')
    const problems = problemsWithChange(name, value, systemProperties)
    if (problems.length > 0) {
        gs.addErrorMessage(`Not saved: ${describeProblems(problems)}`)
        current.setAbortAction(true)
        return
    }
    if (name === PROPERTY.queueMappings) warnAboutQueuesGenesysLacks(value)
}

/**
 * A well-formed mapping can still name a queue Genesys does not have (a typo in a UUID, a queue deleted in
 * Genesys): saved, but the admin is warned now rather than an agent at transfer time. Only when Genesys can be
 * asked: with the connection not configured yet, nothing is said (the setup check reports that).
 */
function warnAboutQueuesGenesysLacks(value: string | null): void {
    const mappings = parseQueueMappings(value)
    if (!mappings.ok || mappings.value.length === 0) return
    const listed = createPlatformGenesysApi('interactive').listQueues()
    if (!listed.ok) {
        if (listed.error.kind !== 'configuration')
            gs.addInfoMessage(`Saved; the queues could not be checked against Genesys Cloud (${listed.error.kind}).`)
        return
    }
    const unknown = queuesUnknownTo(
        mappings.value,
        listed.value.map((q) => q.id)
    )
    if (unknown.length > 0)
        gs.addErrorMessage(
            `Saved, but Genesys Cloud has no queue ${unknown.map((q) => `${q.name} (${q.queueId})`).join(', ')}: transfers to it will fail until it exists in Genesys or the mapping is fixed.`
        )
}
