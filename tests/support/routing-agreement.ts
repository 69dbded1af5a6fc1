/**
 * When do ServiceNow and Genesys agree about an email? The one rule `npm start`'s summary and the convergence
 * tests share. Genesys is the truth for routing (shared/ARCHITECTURE.md); ServiceNow's routing status and owner
 * are its cache. Genesys's side is read from the stand-in's raw conversation (EmailMediaParticipant states):
 *
 * | Genesys conversation                                                | ServiceNow interaction                 |
 * | ------------------------------------------------------------------- | -------------------------------------- |
 * | an active agent participant `connected` (user U)                    | `connected`, owner = the agent of U    |
 * | an active agent participant `parked` (user U)                       | `parked`, owner = the agent of U       |
 * | an active `acd` (queue) participant or an agent only `alerting`     | `queued`, no owner                     |
 * | no active agent or queue, the customer still there ("released":    | `closed` (disconnected with a wrap-up) |
 * |   the agent disconnected; a chained reply would route it again)     |                                        |
 * | the customer participant ended too (the conversation is over)       | `closed` or `abandoned`                |
 *
 * An offer is not ownership (alerting -> queued): the agent has not taken the email yet, Genesys re-offers it if
 * they do not answer, and the routing machine documents the same choice (src/domain/routing-machine.ts, `observed`). A conversation that several
 * interactions follow (a reply to a closed interaction opens a follow-up chained to the same conversation) is
 * compared with the newest of them; the older ones must be closed or abandoned.
 */

/** The stand-in's raw record of a conversation (tests/support/genesys-stand-in/stand-in-state.ts). */
export interface RawConversation {
    readonly id: string
    readonly attributes?: Readonly<Record<string, string>>
    readonly participants: readonly {
        readonly id: string
        readonly purpose: string
        readonly state: string
        readonly userId?: string
        readonly queueId?: string
    }[]
    readonly inboundMessages?: readonly unknown[]
}

export type GenesysRouting =
    | { readonly status: 'queued' }
    | { readonly status: 'connected' | 'parked'; readonly genesysUserId: string }
    | { readonly status: 'released' }
    | { readonly status: 'ended' }

/** ServiceNow's side: routing status and the owner's Genesys user id (null: no owner, or not mapped). */
export interface ServiceNowRouting {
    readonly status: string
    readonly ownerGenesysUserId: string | null
}

const live = (state: string) => state !== 'disconnected' && state !== 'terminated'

export function genesysRoutingOf(conversation: RawConversation): GenesysRouting {
    const active = conversation.participants.filter((p) => live(p.state))
    const agent = active.filter((p) => p.purpose === 'agent').pop()
    if (agent && agent.state === 'alerting') return { status: 'queued' }
    if (agent) return { status: agent.state === 'parked' ? 'parked' : 'connected', genesysUserId: String(agent.userId) }
    if (active.some((p) => p.purpose === 'acd')) return { status: 'queued' }
    if (active.some((p) => p.purpose === 'customer')) return { status: 'released' }
    return { status: 'ended' }
}

/** The ServiceNow routing statuses (and owner) that agree with what Genesys says, per the table above. */
export function agrees(sn: ServiceNowRouting, genesys: GenesysRouting): boolean {
    switch (genesys.status) {
        case 'connected':
        case 'parked':
            return sn.status === genesys.status && sn.ownerGenesysUserId === genesys.genesysUserId
        case 'queued':
            return sn.status === 'queued' && sn.ownerGenesysUserId === null
        case 'released':
            return sn.status === 'closed'
        case 'ended':
            return sn.status === 'closed' || sn.status === 'abandoned'
    }
}
