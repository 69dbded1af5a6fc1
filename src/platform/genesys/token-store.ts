import { GlideRecord } from '@servicenow/glide'
import type { StoredToken, TokenStore } from '../../genesys/genesys-ports'
import { toEpochMs, toGlideDateTime } from '../glide/date-time'
import { valueOf } from '../glide/record-values'

const TABLE = 'x_gcer_oauth_token'

/** The row of this environment and credential alias: addQuery only, never an encoded query. */
function findRow(environment: string, credentialAlias: string): GlideRecord | null {
    const gr = new GlideRecord(TABLE)
    gr.addQuery('environment', environment)
    gr.addQuery('credential_alias', credentialAlias)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr : null
}

/**
 * The shared Genesys access token, one row per environment and credential alias (another OAuth
 * client never gets this one), in a Password2 (encrypted) column: written with setDisplayValue (the
 * platform encrypts it), read back with getDecryptedValue.
 */
export function createTokenStore(environment: string, credentialAlias: string): TokenStore {
    return {
        get(): StoredToken | undefined {
            const gr = findRow(environment, credentialAlias)
            if (!gr) return undefined
            const accessToken = gr.getElement('access_token').getDecryptedValue()
            if (!accessToken) return undefined
            return { accessToken, expiresAtMs: toEpochMs(valueOf(gr, 'expires_at')) }
        },

        put(token: StoredToken) {
            let gr = findRow(environment, credentialAlias)
            if (!gr) {
                gr = new GlideRecord(TABLE)
                gr.initialize()
                gr.setValue('environment', environment)
                gr.setValue('credential_alias', credentialAlias)
            }
            gr.getElement('access_token').setDisplayValue(token.accessToken)
            gr.setValue('expires_at', toGlideDateTime(token.expiresAtMs))
            if (gr.isNewRecord()) gr.insert()
            else gr.update()
        },
    }
}
