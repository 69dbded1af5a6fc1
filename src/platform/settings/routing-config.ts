import { isGenesysId } from '../../domain/genesys-id'
import { describeMappingErrors, parseQueueMappings, type QueueMapping } from '../../domain/queue-mappings'
import { err, ok, type Result } from '../../domain/result'
import type { RoutingConfig } from '../../app/ports'
import { PROPERTY } from '../property-names'
import { integerProperty } from './integer-property'
import { INTEGER_RULES } from './setting-rules'
import { problem, textProperty, type PropertySource, type SettingsProblem } from './settings-problem'

const MAX_PROVIDER_LENGTH = 100

function queueMappings(source: PropertySource, problems: SettingsProblem[]): readonly QueueMapping[] {
    const parsed = parseQueueMappings(textProperty(source, PROPERTY.queueMappings))
    if (parsed.ok) return parsed.value
    problems.push({
        property: PROPERTY.queueMappings,
        code: 'invalid_queue_mappings',
        message: `invalid queue mappings: ${describeMappingErrors(parsed.error)}`,
        mappingErrors: parsed.error,
    })
    return []
}

/** The property if set (a mapped queue), else the mapping marked default, else none. */
function defaultQueue(
    source: PropertySource,
    queues: readonly QueueMapping[],
    problems: SettingsProblem[]
): string | null {
    const name = PROPERTY.defaultQueueId
    const configured = textProperty(source, name)
    if (configured === null) {
        const marked = queues.find((q) => q.isDefault)
        return marked ? marked.queueId : null
    }
    if (!isGenesysId(configured)) {
        problems.push(problem(name, 'invalid_genesys_id', 'must be a Genesys queue id (a UUID)'))
        return null
    }
    const id = configured.toLowerCase()
    if (!queues.some((q) => q.queueId === id)) {
        problems.push(problem(name, 'unmapped_default_queue', `must be one of the queues in ${PROPERTY.queueMappings}`))
        return null
    }
    return id
}

/** Wrap-up codes are Genesys ids; unset is allowed (the disconnect that needs one fails clearly then). */
function wrapupCode(source: PropertySource, name: string, problems: SettingsProblem[]): string {
    const code = textProperty(source, name)
    if (code === null) return ''
    if (isGenesysId(code)) return code.toLowerCase()
    problems.push(problem(name, 'invalid_genesys_id', 'must be a Genesys wrap-up code id (a UUID)'))
    return ''
}

function provider(source: PropertySource, problems: SettingsProblem[]): string {
    const name = PROPERTY.provider
    const value = textProperty(source, name)
    if (value === null) problems.push(problem(name, 'required', 'is required (the Genesys email provider name)'))
    else if (value.length > MAX_PROVIDER_LENGTH)
        problems.push(problem(name, 'out_of_range', `must be at most ${MAX_PROVIDER_LENGTH} characters`))
    return value || ''
}

function integer(source: PropertySource, name: string, problems: SettingsProblem[]): number {
    const rule = INTEGER_RULES[name]
    const read = integerProperty(source, name, rule)
    if (read.ok) return read.value
    problems.push(read.error)
    return rule.fallback
}

/** Every x_gcer routing property, validated together: all problems at once, each naming its property. */
export function readRoutingConfig(source: PropertySource): Result<RoutingConfig, readonly SettingsProblem[]> {
    const problems: SettingsProblem[] = []
    const queues = queueMappings(source, problems)
    const config: RoutingConfig = {
        provider: provider(source, problems),
        queues,
        defaultQueueId: defaultQueue(source, queues, problems),
        caseCreatedWrapupCode: wrapupCode(source, PROPERTY.caseCreatedWrapupCode, problems),
        defaultWrapupCode: wrapupCode(source, PROPERTY.defaultWrapupCode, problems),
        outboxMaxAttempts: integer(source, PROPERTY.outboxMaxAttempts, problems),
        outboxBaseDelaySeconds: integer(source, PROPERTY.outboxBaseDelaySeconds, problems),
    }
    return problems.length > 0 ? err(problems) : ok(config)
}
