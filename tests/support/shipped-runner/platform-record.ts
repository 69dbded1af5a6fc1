import { getTable, GlideRecord } from '../../fakes/glide'

/**
 * A GlideRecord as platform scripts see it: besides getValue/setValue, every field is a property
 * (`current.state` is a GlideElement, `current.state = 'x'` sets it), which the fake leaves out.
 * Condition scripts in the shipped records use that form (`current.x_gcer_routing_status.nil()`).
 */
export function platformRecord(record: GlideRecord): GlideRecord {
    const columns = getTable(record.getTableName()).columns
    return new Proxy(record, {
        get(target, prop) {
            if (typeof prop === 'string' && !(prop in target) && columns.has(prop)) return target.getElement(prop)
            // Methods run on the record itself: the fake keeps its state keyed by the real object.
            const value = Reflect.get(target, prop, target)
            return typeof value === 'function' ? value.bind(target) : value
        },
        set(target, prop, value) {
            if (typeof prop === 'string' && !(prop in target) && columns.has(prop)) {
                target.setValue(prop, value)
                return true
            }
            return Reflect.set(target, prop, value, target)
        },
    })
}

/** The record `sysId` of `table`, read like the platform hands `current` to a script; throws when absent. */
export function loadCurrent(table: string, sysId: string): GlideRecord {
    const record = new GlideRecord(table)
    if (!record.get(sysId)) throw new Error(`no ${table} record ${sysId}`)
    return platformRecord(record)
}

/** A new, initialized record of `table` (an inbound "new" email action's `current`). */
export function newCurrent(table: string): GlideRecord {
    const record = new GlideRecord(table)
    record.initialize()
    return platformRecord(record)
}
