import { err, ok } from '../../domain/result'
import type { ActionDone, ActionResult } from '../action-result'
import { appError } from '../app-error'
import { readConfig } from '../config-checks'
import { optionalTextProblem } from '../input-checks'
import type { Actor } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { refuse, runTransition, type CaseRef } from '../run-transition'
import { loadForAgent, refuseLoad, type InteractionInput } from './agent-action'

export interface CreateCaseInput extends InteractionInput {
    /** Case description; defaults to a reference to the interaction. */
    readonly description?: string | null
}

export interface CaseCreated extends ActionDone {
    readonly case: CaseRef
}

/**
 * Creates a CSM case from the interaction and links it, closes the interaction with the configured "case created"
 * wrap-up (disconnect rules apply), then notifies the customer with the case number.
 */
export function createCase(deps: RoutingDeps, actor: Actor | null, input: CreateCaseInput): ActionResult<CaseCreated> {
    const bad = optionalTextProblem(input?.description, 'The case description', 4000)
    if (bad) return err(bad)
    const loaded = loadForAgent(deps, actor, input)
    if (!loaded.ok) return refuseLoad(deps, loaded.error, 'create_case', actor)
    const before = loaded.value
    const config = readConfig(deps.config)
    if (!config.ok) return refuse(deps, before, 'create_case', actor, config.error)
    const wrapupCode = config.value.caseCreatedWrapupCode
    if (!wrapupCode) {
        const missing = appError(
            'configuration',
            'No "case created" wrap-up code is configured; tell your administrator.'
        )
        return refuse(deps, before, 'create_case', actor, missing)
    }
    const ran = runTransition(deps, {
        subject: { kind: 'existing', record: before },
        event: { type: 'create_case', wrapupCode },
        actor,
        caseDescription: input.description,
        say: {
            action: 'disconnect the email',
            done: (made) =>
                `Case ${made.case?.number} was created from ${before.number} and the customer will be notified; the interaction is closed with the "case created" wrap-up code.`,
        },
    })
    if (!ran.ok) return ran
    const { interaction, outcome, message } = ran.value
    return ran.value.case
        ? ok({ interaction, outcome, message, case: ran.value.case })
        : err(appError('case_not_created', message))
}
