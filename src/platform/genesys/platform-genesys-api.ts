import type { GenesysApi } from '../../genesys/genesys-api'
import { createGenesysClient } from '../../genesys/genesys-client'
import { createRestMessageTransport } from '../rest-message-transport'
import { readGenesysSettings } from '../settings/genesys-settings'
import { systemProperties } from '../settings/property-source'
import { backgroundPolicy, interactivePolicy } from '../settings/retry-policies'
import { systemClock, systemSleeper } from '../system-clock'
import { systemLogger } from '../system-logger'
import { aliasCredentialLookup } from './alias-credential-lookup'
import { createCredentialsProvider } from './credentials-provider'
import { createTokenStore } from './token-store'
import { unconfiguredGenesysApi } from './unconfigured-genesys-api'

/** `interactive` when someone waits on the answer (agent, Genesys, email intake); `background` for the outbox,
 * the reconciler and the admin Retry. */
export type CallMode = 'interactive' | 'background'

/** The Genesys client over RESTMessageV2, the alias credentials and the encrypted token row. */
export function createPlatformGenesysApi(mode: CallMode): GenesysApi {
    const read = readGenesysSettings(systemProperties)
    if (!read.ok) {
        systemLogger.warn(
            `genesys client not configured: ${read.error.map((p) => `${p.property} ${p.message}`).join('; ')}`
        )
        return unconfiguredGenesysApi(read.error[0])
    }
    const settings = read.value
    return createGenesysClient({
        environment: settings.environment,
        transport: createRestMessageTransport(),
        credentials: createCredentialsProvider(settings.credentialAlias, aliasCredentialLookup),
        tokenStore: createTokenStore(settings.environment, settings.credentialAlias),
        clock: systemClock,
        sleeper: systemSleeper,
        logger: systemLogger,
        retryPolicy: mode === 'interactive' ? interactivePolicy(settings) : backgroundPolicy(settings),
    })
}
