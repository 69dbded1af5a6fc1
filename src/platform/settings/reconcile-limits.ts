import { RECONCILE_DEFAULTS, type ReconcileLimits } from '../../app/reconcile'
import { PROPERTY } from '../property-names'
import { systemLogger } from '../system-logger'
import { integerProperty } from './integer-property'
import { systemProperties } from './property-source'
import { INTEGER_RULES } from './setting-rules'

/** x_gcer.reconcile.*; a malformed value keeps its default (and says so in the log). */
export function readReconcileLimits(): ReconcileLimits {
    const read = (name: string, fallback: number) => {
        const value = integerProperty(systemProperties, name, INTEGER_RULES[name])
        if (value.ok) return value.value
        systemLogger.warn(`${value.error.property} ${value.error.message}; using ${fallback}`)
        return fallback
    }
    return {
        staleAfterSeconds: read(PROPERTY.reconcileStaleAfterSeconds, RECONCILE_DEFAULTS.staleAfterSeconds),
        maxPerRun: read(PROPERTY.reconcileMaxPerRun, RECONCILE_DEFAULTS.maxPerRun),
    }
}
