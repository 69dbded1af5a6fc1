import { PROPERTY } from '../property-names'
import type { IntegerRule } from './integer-property'

/** Defaults match the fluent Property records; ranges keep a typo from stalling a transaction. */
export const INTEGER_RULES: Readonly<Record<string, IntegerRule>> = {
    [PROPERTY.httpTimeoutMs]: { fallback: 5000, min: 1000, max: 30000 },
    [PROPERTY.interactiveMaxAttempts]: { fallback: 3, min: 1, max: 5 },
    [PROPERTY.interactiveBudgetMs]: { fallback: 4000, min: 0, max: 60000 },
    [PROPERTY.outboxMaxAttempts]: { fallback: 10, min: 1, max: 100 },
    [PROPERTY.outboxBaseDelaySeconds]: { fallback: 30, min: 1, max: 3600 },
    [PROPERTY.inboundMaxPayloadBytes]: { fallback: 16384, min: 1024, max: 1048576 },
    // 60 reads a minute is 20% of the 300 requests a minute one client-credentials token may make.
    [PROPERTY.reconcileStaleAfterSeconds]: { fallback: 600, min: 60, max: 86400 },
    [PROPERTY.reconcileMaxPerRun]: { fallback: 50, min: 1, max: 60 },
}
