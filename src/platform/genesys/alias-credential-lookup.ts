import { StandardCredentialsProvider } from '@servicenow/glide/sn_cc'
import type { AliasCredential, AliasCredentialLookup } from './credentials-provider'

/** sn_cc's lookup of the credential an alias (sys_alias sys_id) resolves to on this instance. */
export const aliasCredentialLookup: AliasCredentialLookup = (aliasId) =>
    (new StandardCredentialsProvider().getCredentialByAliasID(aliasId) as AliasCredential | null) || null
