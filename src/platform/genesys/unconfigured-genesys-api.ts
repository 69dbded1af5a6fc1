import { err } from '../../domain/result'
import type { GenesysApi } from '../../genesys/genesys-api'
import type { GenesysError } from '../../genesys/genesys-error'
import type { SettingsProblem } from '../settings/settings-problem'

/**
 * Stands in for the client while the Genesys properties are unusable: every call fails with the same
 * `configuration` error naming the property, and nothing is sent anywhere.
 */
export function unconfiguredGenesysApi(problem: SettingsProblem): GenesysApi {
    const error: GenesysError = {
        kind: 'configuration',
        status: 0,
        code: `invalid.${problem.code}`,
        message: `${problem.property} ${problem.message}`,
    }
    const fail = () => err(error)
    return {
        createEmailConversation: fail,
        postInboundMessage: fail,
        getEmailConversation: fail,
        transferToQueue: fail,
        transferToAgent: fail,
        park: fail,
        unpark: fail,
        disconnectWithWrapup: fail,
        applyWrapup: fail,
        listQueues: fail,
        listQueueWrapupCodes: fail,
        listParticipantWrapupCodes: fail,
        findEmailConversationByAttribute: fail,
        getUser: fail,
    }
}
