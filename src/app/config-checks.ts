import { err, ok, type Result } from '../domain/result'
import { appError, type AppError } from './app-error'
import type { ConfigSource, RoutingConfig } from './ports'

/** Reads the configuration; a malformed property becomes an agent-facing `configuration` error. */
export function readConfig(source: ConfigSource): Result<RoutingConfig, AppError> {
    const read = source.read()
    if (read.ok) return read
    return err(
        appError(
            'configuration',
            `The Genesys Cloud routing setup is incomplete (${read.error.property}: ${read.error.message}); tell your administrator.`
        )
    )
}

/** The queue new emails go to: the configured default, else the mapping marked default. */
export function defaultQueue(config: RoutingConfig): Result<{ queueId: string; name: string }, AppError> {
    const id = config.defaultQueueId ?? config.queues.find((q) => q.isDefault)?.queueId ?? null
    if (!id)
        return err(
            appError(
                'configuration',
                'No default Genesys Cloud queue is configured for new emails; tell your administrator.'
            )
        )
    const mapped = config.queues.find((q) => q.queueId === id.toLowerCase())
    return ok({ queueId: id, name: mapped?.name ?? id })
}
