import { ok } from '../../domain/result'
import type { ActionResult } from '../action-result'
import { askGenesysFirst } from '../genesys-first'
import { genesysLink, NOT_LINKED_NOTE } from '../genesys-link'
import { merged, recordHistory } from '../history'
import type { Actor } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { loadForAgent, transitionOrReject, type InteractionInput } from './agent-action'

const WORDING = {
    hold: { action: 'park the email', done: 'is On Hold (parked)' },
    resume: { action: 'un-park the email', done: 'is back in progress' },
} as const

/**
 * Hold parks the Genesys participant, resume un-parks it. Genesys agrees first: if it refuses or is
 * unavailable nothing changes. An interaction without a Genesys participant changes in ServiceNow
 * only (there is nothing to park), and the message says so.
 */
function changeParking(
    deps: RoutingDeps,
    actor: Actor | null,
    input: InteractionInput,
    event: 'hold' | 'resume'
): ActionResult {
    const loaded = loadForAgent(deps, actor, input, event)
    if (!loaded.ok) return loaded
    const before = loaded.value
    const moved = transitionOrReject(deps, before, { type: event }, actor)
    if (!moved.ok) return moved
    const link = genesysLink(before)
    if (link) {
        const call = { operation: event === 'hold' ? ('park' as const) : ('unpark' as const), ...link }
        const agreed = askGenesysFirst(deps, before, event, actor, call, { action: WORDING[event].action })
        if (!agreed.ok) return agreed
    }
    const changes = { status: moved.value.status }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const message = `${before.number} ${WORDING[event].done}.${link ? '' : ` ${NOT_LINKED_NOTE}`}`
    recordHistory(deps.events, before.sysId, before, { event, outcome: 'applied', message, actor }, after)
    return ok({ interaction: after, outcome: 'applied', message })
}

export function hold(deps: RoutingDeps, actor: Actor | null, input: InteractionInput): ActionResult {
    return changeParking(deps, actor, input, 'hold')
}

export function resume(deps: RoutingDeps, actor: Actor | null, input: InteractionInput): ActionResult {
    return changeParking(deps, actor, input, 'resume')
}
