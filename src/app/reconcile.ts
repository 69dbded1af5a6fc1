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
    /**
     * Set when a read failed for a reason that is not the conversation's own (429, 503, a timeout, the token, a
     * permission): the run stopped there, as every other read would fail the same way; at least this long to wait.
     */
    readonly retryAfterSeconds: number | null
}

/** A failed read that says something about this conversation, not about Genesys or our access to it. */
const CONVERSATION_SPECIFIC: readonly GenesysError['kind'][] = ['not_found', 'bad_request']

/**
 * Convergence: reads the Genesys conversation of every routed interaction whose state was not confirmed lately
 * (a lost or late event, a change made in Genesys itself: a desktop transfer, a supervisor's disconnect, the 7-day
 * auto-resume) and applies what it says through the machine, one history row per correction. Bounded per run; it
 * stops at the first read that fails for all of them (Genesys busy or down, no token), writing nothing for it, so an
 * outage costs one request a run and no history rows. It runs in the background and never blocks an agent.
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
            if (CONVERSATION_SPECIFIC.indexOf(read.error.kind) < 0)
                return { ...report, failed: report.failed + 1, retryAfterSeconds: retryAfter(read.error) }
            report.failed++
            deps.interactions.update(interaction.sysId, { confirmedAtMs: deps.clock.nowMs() })
            // A conversation Genesys does not have stays so: said once (keyed), not every stale period.
            const once = read.error.kind === 'not_found' ? `reconcile:not_found:${interaction.conversationId}` : null
            if (once && deps.events.hasExternalId(once)) continue
            recordHistory(deps.events, interaction.sysId, interaction, {
                event: 'genesys_observed',
                outcome: 'failed',
                message: `The reconciler could not read the Genesys Cloud conversation of ${interaction.number} (${describeGenesysError(read.error)}); it tries again later.`,
                correlationId: read.error.correlationId ?? null,
                externalId: once,
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
