import { err, ok } from '../../domain/result'
import type { CredentialsProvider } from '../../genesys/genesys-ports'

/** The slice of sn_cc.StandardCredential the provider reads. */
export interface AliasCredential {
    getAttribute(name: string): string | null
}

/** Finds the credential of a Connection & Credential alias; on the instance, sn_cc (alias-credential-lookup.ts). */
export type AliasCredentialLookup = (aliasId: string) => AliasCredential | null

/**
 * The Genesys OAuth client from a Connection & Credential alias: a Basic Auth credential whose user
 * name is the client id and whose password is the client secret. Failure texts never carry the secret.
 */
export function createCredentialsProvider(aliasId: string, lookup: AliasCredentialLookup): CredentialsProvider {
    return {
        get() {
            if (aliasId === '') return err('no Connection & Credential alias is configured')
            let credential: AliasCredential | null
            try {
                credential = lookup(aliasId)
            } catch {
                return err('the Connection & Credential alias could not be read')
            }
            if (!credential) return err('the Connection & Credential alias has no credential')
            const clientId = credential.getAttribute('user_name') || ''
            const clientSecret = credential.getAttribute('password') || ''
            if (clientId === '' || clientSecret === '')
                return err('the credential of the alias lacks a user name (client id) or password (client secret)')
            return ok({ clientId, clientSecret })
        },
    }
}
