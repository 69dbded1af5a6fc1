import { GlideRecord } from '@servicenow/glide'
import type { StoredToken, TokenStore } from '../../genesys/genesys-ports'
import { toEpochMs, toGlideDateTime } from '../glide/date-time'
import { findOne, valueOf } from '../glide/record-values'

const TABLE = 'x_gcer_oauth_token'

/**
 * The shared Genesys access token, one row per environment, in a Password2 (encrypted) column:
 * written with setDisplayValue (the platform encrypts it), read back with getDecryptedValue.
 */
export function createTokenStore(environment: string): TokenStore {
    return {
        get(): StoredToken | undefined {
            const gr = findOne(TABLE, 'environment', environment)
            if (!gr) return undefined
            const accessToken = gr.getElement('access_token').getDecryptedValue()
            if (!accessToken) return undefined
            return { accessToken, expiresAtMs: toEpochMs(valueOf(gr, 'expires_at')) }
        },

        put(token: StoredToken) {
            let gr = findOne(TABLE, 'environment', environment)
            if (!gr) {
                gr = new GlideRecord(TABLE)
                gr.initialize()
                gr.setValue('environment', environment)
            }
            gr.getElement('access_token').setDisplayValue(token.accessToken)
            gr.setValue('expires_at', toGlideDateTime(token.expiresAtMs))
            if (gr.isNewRecord()) gr.insert()
            else gr.update()
        },
    }
}
