import { describeTarget } from '../../domain/transfer-target'
import { resolveTransferTarget } from '../../domain/transfer-targets'
import type { ActionResult } from '../action-result'
import { readConfig } from '../config-checks'
import type { Actor } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { refuse, runTransition } from '../run-transition'
import { loadForAgent, refuseLoad, type InteractionInput } from './agent-action'

export interface TransferInput extends InteractionInput {
    /** The modal's choice: `queue:<genesys queue id>` or `agent:<sys_user sys_id>`. */
    readonly target: string
}

/**
 * Transfer to a mapped queue or agent. The target is checked on the server against the mappings whatever the
 * client sent; Genesys replaces the agent participant first, then ServiceNow releases the owner (and capacity)
 * and waits for Genesys to assign someone. The thread is not touched.
 */
export function transfer(deps: RoutingDeps, actor: Actor | null, input: TransferInput): ActionResult {
    const loaded = loadForAgent(deps, actor, input)
    if (!loaded.ok) return refuseLoad(deps, loaded.error, 'transfer', actor)
    const before = loaded.value
    const choice = typeof input.target === 'string' ? input.target : ''
    // History keeps what was asked for, bounded: a bypassed client may send anything.
    const asked = choice.slice(0, 80)
    const config = readConfig(deps.config)
    if (!config.ok) return refuse(deps, before, 'transfer', actor, config.error, asked)
    const findAgent = (userSysId: string) => deps.agents.findBySysId(userSysId)
    const resolved = resolveTransferTarget(choice, config.value.queues, findAgent, before.owner)
    if (!resolved.ok) return refuse(deps, before, 'transfer', actor, resolved.error, asked)
    const target = resolved.value
    return runTransition(deps, {
        subject: { kind: 'existing', record: before },
        event: { type: 'transfer', target },
        actor,
        target: describeTarget(target),
        say: {
            action: `transfer the email to ${target.label}`,
            done: () =>
                `${before.number} was transferred to ${target.label}; Genesys Cloud routes it from here and it is no longer assigned to its previous agent.`,
        },
    })
}
