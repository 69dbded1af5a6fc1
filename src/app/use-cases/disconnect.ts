import { isGenesysId } from '../../domain/genesys-id'
import { err } from '../../domain/result'
import type { ActionResult } from '../action-result'
import { appError } from '../app-error'
import { readConfig } from '../config-checks'
import { optionalTextProblem } from '../input-checks'
import type { Actor } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { refuse, runTransition } from '../run-transition'
import { loadForAgent, refuseLoad, type InteractionInput } from './agent-action'

export interface DisconnectInput extends InteractionInput {
    /** Genesys wrap-up code id; the configured default when absent. */
    readonly wrapupCode?: string | null
}

/**
 * The agent closes the interaction with a wrap-up code; routing control returns to Genesys. ServiceNow closes
 * first (the agent's close is never lost); the disconnect with its wrap-up reaches Genesys eventually.
 */
export function disconnect(deps: RoutingDeps, actor: Actor | null, input: DisconnectInput): ActionResult {
    const bad = optionalTextProblem(input?.wrapupCode, 'The wrap-up code', 100)
    if (bad) return err(bad)
    const chosen = input.wrapupCode?.trim() ?? ''
    if (chosen && !isGenesysId(chosen))
        return err(appError('invalid_input', 'The wrap-up code must be a Genesys Cloud wrap-up code id.'))
    const loaded = loadForAgent(deps, actor, input)
    if (!loaded.ok) return refuseLoad(deps, loaded.error, 'disconnect', actor)
    const before = loaded.value
    let wrapupCode = chosen.toLowerCase()
    if (!wrapupCode) {
        // Only read the configuration when the default is needed: a broken mapping must not block closing.
        const config = readConfig(deps.config)
        if (!config.ok) return refuse(deps, before, 'disconnect', actor, config.error)
        wrapupCode = config.value.defaultWrapupCode
        if (!wrapupCode) {
            const missing = appError('configuration', 'Choose a wrap-up code; no default wrap-up code is configured.')
            return refuse(deps, before, 'disconnect', actor, missing)
        }
    }
    return runTransition(deps, {
        subject: { kind: 'existing', record: before },
        event: { type: 'disconnect', wrapupCode },
        actor,
        say: {
            action: 'disconnect the email',
            done: () => `${before.number} is closed; Genesys Cloud routes any later reply.`,
        },
    })
}
