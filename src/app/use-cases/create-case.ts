import { err, ok } from '../../domain/result'
import type { ActionDone, ActionResult } from '../action-result'
import { appError } from '../app-error'
import { caseDraftFrom } from '../case-draft'
import { readConfig } from '../config-checks'
import { earlierUpdatesFirst } from '../genesys-first'
import { optionalTextProblem } from '../input-checks'
import type { Actor } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { loadForAgent, reject, transitionOrReject, type InteractionInput } from './agent-action'
import { closeAndDisconnect, DISCONNECT_SUPERSEDES } from './close-and-disconnect'

export interface CreateCaseInput extends InteractionInput {
    /** Case description; defaults to a reference to the interaction. */
    readonly description?: string | null
}

export interface CaseCreated extends ActionDone {
    readonly case: { readonly sysId: string; readonly number: string }
}

/**
 * Creates a CSM case from the interaction and links it, queues the customer notification with the case
 * number, then closes the interaction with the configured "case created" wrap-up (disconnect rules apply).
 */
export function createCase(deps: RoutingDeps, actor: Actor | null, input: CreateCaseInput): ActionResult<CaseCreated> {
    const bad = optionalTextProblem(input?.description, 'The case description', 4000)
    if (bad) return err(bad)
    const loaded = loadForAgent(deps, actor, input, 'create_case')
    if (!loaded.ok) return loaded
    const before = loaded.value
    const config = readConfig(deps.config)
    if (!config.ok) return reject(deps, before, 'create_case', actor, config.error)
    const wrapupCode = config.value.caseCreatedWrapupCode
    if (!wrapupCode) {
        const missing = appError(
            'configuration',
            'No "case created" wrap-up code is configured; tell your administrator.'
        )
        return reject(deps, before, 'create_case', actor, missing)
    }
    const moved = transitionOrReject(deps, before, { type: 'create_case', wrapupCode }, actor)
    if (!moved.ok) return moved
    // Before the case exists: a refusal here leaves nothing behind.
    const earlier = earlierUpdatesFirst(deps, before, 'create_case', actor, { supersede: DISCONNECT_SUPERSEDES })
    if (!earlier.ok) return earlier
    const made = deps.cases.createAndLink(caseDraftFrom(before, input.description))
    if (!made.ok) {
        const why = `The case could not be created, so ${before.number} stays open and Genesys Cloud was not updated: ${made.error.message}`
        return reject(deps, before, 'create_case', actor, appError('case_not_created', why))
    }
    const created = made.value
    deps.notifier.caseCreated(before.sysId, created.sysId, created.number)
    const done = `Case ${created.number} was created from ${before.number} and the customer will be notified; the interaction is closed with the "case created" wrap-up code.`
    const closed = closeAndDisconnect(deps, before, moved.value, actor, 'create_case', wrapupCode, done)
    return ok({ ...closed, case: { sysId: created.sysId, number: created.number } })
}
