import type { GenesysError } from '../genesys/genesys-error'
import { describeGenesysError } from './genesys-messages'
import { recordHistory } from './history'
import type { RoutingDeps } from './routing-deps'
import { applyGenesysState } from './use-cases/observe-genesys'

/** A client-credentials token may make 300 requests a minute (DOMAIN.md section 4). */
export const TOKEN_REQUESTS_PER_MINUTE = 300

export interface ReconcileLimits {
    /** Interactions confirmed more recently than this are left alone. */
    readonly staleAfterSeconds: number
    /** Conversation reads per run at most (one read each). */
    readonly maxPerRun: number
}

/** Runs every minute: 50 reads a run is 1/6 of the token's 300 a minute, under the 20% the reconciler may use. */
export const RECONCILE_DEFAULTS: ReconcileLimits = { staleAfterSeconds: 600, maxPerRun: 50 }

export interface ReconcileReport {
    readonly examined: number
    /** Interactions whose routing state the read changed. */
    readonly corrected: number
    readonly confirmed: number
    /** Reads that failed, or reads the machine refused (an unmapped agent). */
    readonly failed: number
    readonly requests: number
    /** Set when Genesys answered 429: the run stopped there; the next run starts no sooner than this. */
    readonly retryAfterSeconds: number | null
}

/**
 * Convergence: reads the Genesys conversation of every routed interaction whose state was not confirmed lately
 * (a lost or late event, a change made in Genesys itself: a desktop transfer, a supervisor's disconnect, the 7-day
 * auto-resume) and applies what it says through the machine, one history row per correction. Bounded per run and
 * stops at the first 429; it runs in the background and never blocks an agent.
 */
export function reconcile(deps: RoutingDeps, limits: ReconcileLimits = RECONCILE_DEFAULTS): ReconcileReport {
    const now = deps.clock.nowMs()
    const due = deps.interactions.listUnconfirmed(now - limits.staleAfterSeconds * 1000, limits.maxPerRun)
    const report = { examined: 0, corrected: 0, confirmed: 0, failed: 0, requests: 0 }
    for (const interaction of due) {
        if (!interaction.conversationId) continue
        report.examined++
        report.requests++
        const read = deps.genesys.getEmailConversation(interaction.conversationId)
        if (!read.ok) {
            if (read.error.kind === 'rate_limited')
                return { ...report, failed: report.failed + 1, retryAfterSeconds: retryAfter(read.error) }
            report.failed++
            deps.interactions.update(interaction.sysId, { confirmedAtMs: deps.clock.nowMs() })
            recordHistory(deps.events, interaction.sysId, interaction, {
                event: 'genesys_observed',
                outcome: 'failed',
                message: `The reconciler could not read the Genesys Cloud conversation of ${interaction.number} (${describeGenesysError(read.error)}); it tries again later.`,
                correlationId: read.error.correlationId ?? null,
            })
            continue
        }
        const applied = applyGenesysState(deps, {
            linked: interaction,
            conversation: read.value,
            actor: null,
            externalId: null,
            session: null,
        })
        if (!applied.ok) {
            // Read again after the stale period, not on every run (the refusal is in the history).
            deps.interactions.update(interaction.sysId, { confirmedAtMs: deps.clock.nowMs() })
            report.failed++
        } else if (applied.value.outcome === 'unchanged') report.confirmed++
        else report.corrected++
    }
    return { ...report, retryAfterSeconds: null }
}

function retryAfter(error: GenesysError): number {
    return error.retryAfterSeconds ?? 60
}
