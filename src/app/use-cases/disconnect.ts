import { isGenesysId } from '../../domain/genesys-id'
import { err, ok } from '../../domain/result'
import type { ActionResult } from '../action-result'
import { appError } from '../app-error'
import { readConfig } from '../config-checks'
import { earlierUpdatesFirst } from '../genesys-first'
import { optionalTextProblem } from '../input-checks'
import type { Actor } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { loadForAgent, reject, transitionOrReject, type InteractionInput } from './agent-action'
import { closeAndDisconnect, DISCONNECT_SUPERSEDES } from './close-and-disconnect'

export interface DisconnectInput extends InteractionInput {
    /** Genesys wrap-up code id; the configured default when absent. */
    readonly wrapupCode?: string | null
}

/** The agent closes the interaction with a wrap-up code; routing control returns to Genesys. */
export function disconnect(deps: RoutingDeps, actor: Actor | null, input: DisconnectInput): ActionResult {
    const bad = optionalTextProblem(input?.wrapupCode, 'The wrap-up code', 100)
    if (bad) return err(bad)
    const chosen = input.wrapupCode?.trim() ?? ''
    if (chosen && !isGenesysId(chosen))
        return err(appError('invalid_input', 'The wrap-up code must be a Genesys Cloud wrap-up code id.'))
    const loaded = loadForAgent(deps, actor, input, 'disconnect')
    if (!loaded.ok) return loaded
    const before = loaded.value
    let wrapupCode = chosen.toLowerCase()
    if (!wrapupCode) {
        // Only read the configuration when the default is needed: a broken mapping must not block closing.
        const config = readConfig(deps.config)
        if (!config.ok) return reject(deps, before, 'disconnect', actor, config.error)
        wrapupCode = config.value.defaultWrapupCode
        if (!wrapupCode) {
            const missing = appError('configuration', 'Choose a wrap-up code; no default wrap-up code is configured.')
            return reject(deps, before, 'disconnect', actor, missing)
        }
    }
    const moved = transitionOrReject(deps, before, { type: 'disconnect', wrapupCode }, actor)
    if (!moved.ok) return moved
    const earlier = earlierUpdatesFirst(deps, before, 'disconnect', actor, { supersede: DISCONNECT_SUPERSEDES })
    if (!earlier.ok) return earlier
    const done = `${before.number} is closed; Genesys Cloud routes any later reply.`
    return ok(closeAndDisconnect(deps, before, moved.value, actor, 'disconnect', wrapupCode, done))
}
