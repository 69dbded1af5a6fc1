import type { GlideRecord } from '@servicenow/glide'
import { guardPropertyChange } from '../platform/settings/property-guard'

/** Business rule (before insert/update/delete on sys_properties, x_gcer.* only): validates the new value, refuses a delete. */
export function propertyGuardRule(current: GlideRecord): void {
    guardPropertyChange(current)
}
