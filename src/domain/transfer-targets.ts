import type { QueueMapping } from './queue-mappings'
import { err, ok, type Result } from './result'
import type { TransferTarget } from './transfer-target'

/** A ServiceNow user mapped to a Genesys user (sys_user.x_gcer_genesys_user_id). */
export interface MappedAgent {
    readonly userSysId: string
    readonly genesysUserId: string
    readonly name: string
    readonly active: boolean
}

/** What the Transfer Email modal offers: value is `queue:<queueId>` or `agent:<userSysId>`. */
export interface TransferOption {
    readonly kind: 'queue' | 'agent'
    readonly value: string
    readonly label: string
}

export type TransferTargetErrorCode = 'invalid_target' | 'unmapped_queue' | 'unmapped_agent' | 'target_is_owner'

export interface TransferTargetError {
    readonly code: TransferTargetErrorCode
    readonly message: string
}

function fail(code: TransferTargetErrorCode, message: string): Result<TransferTarget, TransferTargetError> {
    return err({ code, message })
}

/** Only mapped queues and active mapped agents, never the agent who holds the interaction. */
export function listTransferOptions(
    queues: readonly QueueMapping[],
    agents: readonly MappedAgent[],
    owner: string | null
): TransferOption[] {
    const byLabel = (a: TransferOption, b: TransferOption) => a.label.localeCompare(b.label)
    const queueOptions = queues.map((q): TransferOption => ({
        kind: 'queue',
        value: `queue:${q.queueId}`,
        label: q.name,
    }))
    const agentOptions = agents
        .filter((a) => a.active && a.userSysId !== owner)
        .map((a): TransferOption => ({ kind: 'agent', value: `agent:${a.userSysId}`, label: a.name }))
    return [...queueOptions.sort(byLabel), ...agentOptions.sort(byLabel)]
}

/**
 * Checks a transfer choice on the server, whatever the client sent: the same rules as the
 * options list, so a bypassed or stale modal cannot transfer anywhere unmapped.
 */
export function resolveTransferTarget(
    choice: string,
    queues: readonly QueueMapping[],
    findAgent: (userSysId: string) => MappedAgent | null,
    owner: string | null
): Result<TransferTarget, TransferTargetError> {
    const match = /^(queue|agent):([0-9A-Za-z-]{1,64})$/.exec(typeof choice === 'string' ? choice : '')
    if (!match) return fail('invalid_target', 'Choose a queue or an agent to transfer to')
    const [, kind, id] = match
    if (kind === 'queue') {
        const queue = queues.find((q) => q.queueId === id.toLowerCase())
        if (!queue) return fail('unmapped_queue', 'That queue is not mapped to Genesys Cloud; choose a listed queue')
        return ok({ kind: 'queue', genesysQueueId: queue.queueId, label: queue.name })
    }
    if (id === owner) return fail('target_is_owner', 'You already own this interaction; choose another agent')
    const agent = findAgent(id)
    if (!agent || !agent.active)
        return fail('unmapped_agent', 'That agent is not mapped to a Genesys Cloud user; choose a listed agent')
    return ok({ kind: 'agent', userSysId: agent.userSysId, genesysUserId: agent.genesysUserId, label: agent.name })
}
