import type { ActionResult } from '../action-result'
import { optionalTextProblem } from '../input-checks'
import { err } from '../../domain/result'
import type { Actor } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { runTransition } from '../run-transition'
import { loadForAgent, refuseLoad, type InteractionInput } from './agent-action'
import { parkUntilProblem } from './park-until'

export interface HoldInput extends InteractionInput {
    /** Park for later: Genesys resumes the email to the same agent at this time (ISO-8601, within 7 days). */
    readonly resumeTime?: string | null
}

/**
 * Hold parks the Genesys participant, Resume un-parks it. Genesys agrees first: if it refuses or is unavailable
 * nothing changes. Without a Genesys participant the change is ServiceNow's only, and the message says so.
 */
export function hold(deps: RoutingDeps, actor: Actor | null, input: HoldInput): ActionResult {
    const bad = optionalTextProblem(input?.resumeTime, 'The resume time', 40)
    if (bad) return err(bad)
    const loaded = loadForAgent(deps, actor, input)
    if (!loaded.ok) return refuseLoad(deps, loaded.error, 'hold', actor)
    const before = loaded.value
    const resumeTime = input.resumeTime?.trim() || null
    const late = parkUntilProblem(resumeTime, deps.clock.nowMs())
    if (late) return refuseLoad(deps, { error: late, interaction: before }, 'hold', actor)
    const until = resumeTime ? ` until ${resumeTime}` : ''
    return runTransition(deps, {
        subject: { kind: 'existing', record: before },
        event: { type: 'hold', resumeTime },
        actor,
        say: { action: 'park the email', done: () => `${before.number} is On Hold (parked)${until}.` },
    })
}

export function resume(deps: RoutingDeps, actor: Actor | null, input: InteractionInput): ActionResult {
    const loaded = loadForAgent(deps, actor, input)
    if (!loaded.ok) return refuseLoad(deps, loaded.error, 'resume', actor)
    const before = loaded.value
    return runTransition(deps, {
        subject: { kind: 'existing', record: before },
        event: { type: 'resume' },
        actor,
        say: { action: 'un-park the email', done: () => `${before.number} is back in progress.` },
    })
}
