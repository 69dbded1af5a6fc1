import type { GenesysApi } from '../genesys/genesys-api'
import type {
    AgentDirectory,
    CaseService,
    Clock,
    ConfigSource,
    InteractionRepository,
    Notifier,
    OutboxStore,
    RoutingEventLog,
} from './ports'

/** Everything the routing service needs; src/server wires the Glide adapters and the Genesys client in. */
export interface RoutingDeps {
    readonly interactions: InteractionRepository
    readonly agents: AgentDirectory
    readonly events: RoutingEventLog
    readonly outbox: OutboxStore
    readonly cases: CaseService
    readonly notifier: Notifier
    readonly clock: Clock
    readonly config: ConfigSource
    readonly genesys: GenesysApi
    /** Who this worker is (one per transaction): outbox claims carry it. */
    readonly workerId: string
}
