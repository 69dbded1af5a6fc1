import { err, ok } from '../../domain/result'
import { describeTarget } from '../../domain/transfer-target'
import { resolveTransferTarget } from '../../domain/transfer-targets'
import type { ActionResult } from '../action-result'
import { appError } from '../app-error'
import { readConfig } from '../config-checks'
import { askGenesysFirst } from '../genesys-first'
import { genesysLink } from '../genesys-link'
import type { GenesysOperation } from '../genesys-operation'
import { merged, recordHistory } from '../history'
import type { Actor, InteractionChanges } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { loadForAgent, reject, transitionOrReject, type InteractionInput } from './agent-action'

export interface TransferInput extends InteractionInput {
    /** The modal's choice: `queue:<genesys queue id>` or `agent:<sys_user sys_id>`. */
    readonly target: string
}

/**
 * Transfer to a mapped queue or agent. The target is checked on the server against the mappings
 * whatever the client sent; Genesys replaces the agent participant first, then ServiceNow releases
 * the owner (and capacity) and waits for Genesys to assign someone. The thread is not touched.
 */
export function transfer(deps: RoutingDeps, actor: Actor | null, input: TransferInput): ActionResult {
    const loaded = loadForAgent(deps, actor, input, 'transfer')
    if (!loaded.ok) return loaded
    const before = loaded.value
    const choice = typeof input.target === 'string' ? input.target : ''
    // History keeps what was asked for, bounded: a bypassed client may send anything.
    const asked = choice.slice(0, 80)
    const config = readConfig(deps.config)
    if (!config.ok) return reject(deps, before, 'transfer', actor, config.error, asked)
    const findAgent = (userSysId: string) => deps.agents.findBySysId(userSysId)
    const resolved = resolveTransferTarget(choice, config.value.queues, findAgent, before.owner)
    if (!resolved.ok) return reject(deps, before, 'transfer', actor, resolved.error, asked)
    const target = resolved.value
    const described = describeTarget(target)
    const moved = transitionOrReject(deps, before, { type: 'transfer', target }, actor, described)
    if (!moved.ok) return moved
    const link = genesysLink(before)
    if (!link) {
        const message = `${before.number} has no Genesys Cloud participant, so Genesys cannot route it to ${target.label}.`
        return reject(deps, before, 'transfer', actor, appError('not_linked', message), described)
    }
    const call: GenesysOperation =
        target.kind === 'queue'
            ? { operation: 'transfer_to_queue', ...link, queueId: target.genesysQueueId }
            : { operation: 'transfer_to_agent', ...link, userId: target.genesysUserId }
    const action = `transfer the email to ${target.label}`
    const agreed = askGenesysFirst(deps, before, 'transfer', actor, call, { action, target: described })
    if (!agreed.ok) return err(agreed.error)
    const changes: InteractionChanges = {
        status: moved.value.status,
        owner: moved.value.owner,
        pendingTarget: described,
        participantId: null,
        communicationId: null,
        ...(target.kind === 'queue' ? { queueId: target.genesysQueueId } : {}),
    }
    deps.interactions.update(before.sysId, changes)
    const after = merged(before, changes)
    const message = `${before.number} was transferred to ${target.label}; Genesys Cloud routes it from here and it is no longer assigned to its previous agent.`
    recordHistory(
        deps.events,
        before.sysId,
        before,
        { event: 'transfer', outcome: 'applied', message, actor, target: described },
        after
    )
    return ok({ interaction: after, outcome: 'applied', message })
}
