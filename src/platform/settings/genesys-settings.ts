import { err, ok, type Result } from '../../domain/result'
import { resolveGenesysHosts } from '../../genesys/genesys-environments'
import { PROPERTY } from '../property-names'
import { integerProperty } from './integer-property'
import { INTEGER_RULES } from './setting-rules'
import { problem, textProperty, type PropertySource, type SettingsProblem } from './settings-problem'

/** What the Genesys client needs from the properties. The OAuth secret itself lives in the alias. */
export interface GenesysSettings {
    readonly environment: string
    /** Connection & Credential alias (sys_id) holding the OAuth client id and secret. */
    readonly credentialAlias: string
    readonly httpTimeoutMs: number
    readonly interactiveMaxAttempts: number
    readonly interactiveBudgetMs: number
}

export function readGenesysSettings(source: PropertySource): Result<GenesysSettings, readonly SettingsProblem[]> {
    const problems: SettingsProblem[] = []
    const integer = (name: string): number => {
        const read = integerProperty(source, name, INTEGER_RULES[name])
        if (read.ok) return read.value
        problems.push(read.error)
        return INTEGER_RULES[name].fallback
    }
    const environment = textProperty(source, PROPERTY.environment) || ''
    const hosts = resolveGenesysHosts(environment)
    if (!hosts.ok) problems.push(problem(PROPERTY.environment, 'unknown_environment', hosts.error.message))
    const credentialAlias = textProperty(source, PROPERTY.credentialAlias)
    if (credentialAlias === null)
        problems.push(
            problem(
                PROPERTY.credentialAlias,
                'required',
                'is required (the Connection & Credential alias of the Genesys OAuth client)'
            )
        )
    const settings: GenesysSettings = {
        environment: hosts.ok ? hosts.value.environment : environment,
        credentialAlias: credentialAlias || '',
        httpTimeoutMs: integer(PROPERTY.httpTimeoutMs),
        interactiveMaxAttempts: integer(PROPERTY.interactiveMaxAttempts),
        interactiveBudgetMs: integer(PROPERTY.interactiveBudgetMs),
    }
    return problems.length > 0 ? err(problems) : ok(settings)
}

/** The inbound REST body limit; a malformed value falls back to the default rather than opening the door. */
export function readMaxPayloadBytes(source: PropertySource): Result<number, SettingsProblem> {
    return integerProperty(source, PROPERTY.inboundMaxPayloadBytes, INTEGER_RULES[PROPERTY.inboundMaxPayloadBytes])
}
