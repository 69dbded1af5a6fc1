/**
 * The interaction's routing status (column x_gcer_routing_status) and the platform `state` that
 * follows it. ServiceNow has no "Parked" state: On Hold in ServiceNow is parked in Genesys.
 */
export const ROUTING_STATUSES = ['queued', 'connected', 'parked', 'closed', 'abandoned'] as const
export type RoutingStatus = (typeof ROUTING_STATUSES)[number]

/** Before the first email there is no interaction; only `email_received` starts one. */
export type MachineStatus = RoutingStatus | 'none'
export const MACHINE_STATUSES: readonly MachineStatus[] = ['none', ...ROUTING_STATUSES]

export type InteractionState = 'new' | 'work_in_progress' | 'on_hold' | 'closed_complete' | 'closed_abandoned'

export const INTERACTION_STATE: Readonly<Record<RoutingStatus, InteractionState>> = {
    queued: 'new',
    connected: 'work_in_progress',
    parked: 'on_hold',
    closed: 'closed_complete',
    abandoned: 'closed_abandoned',
}

export function isRoutingStatus(value: unknown): value is RoutingStatus {
    return typeof value === 'string' && (ROUTING_STATUSES as readonly string[]).includes(value)
}

/** Closed and abandoned interactions never move again; a later reply opens a new interaction. */
export function isTerminal(status: MachineStatus): boolean {
    return status === 'closed' || status === 'abandoned'
}

/** The statuses in which an agent holds the interaction (owner set, Genesys must not re-route it). */
export function isHeldByAgent(status: MachineStatus): boolean {
    return status === 'connected' || status === 'parked'
}
