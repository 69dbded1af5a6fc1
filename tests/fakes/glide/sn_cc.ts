/**
 * Fake of '@servicenow/glide/sn_cc' (jest maps the module here): StandardCredentialsProvider over
 * credentials a test seeds per Connection & Credential alias.
 *
 *   seedAliasCredential(ALIAS_ID, { user_name: 'client-id', password: 'client-secret' })
 *   new StandardCredentialsProvider().getCredentialByAliasID(ALIAS_ID)?.getAttribute('password')
 *
 * An alias without a seeded credential gives null; an attribute the credential lacks gives null.
 * Only the alias lookup is implemented.
 */

const byAlias = new Map<string, Readonly<Record<string, string>>>()

export class StandardCredential {
    constructor(private readonly attributes: Readonly<Record<string, string>>) {}

    /** The attribute's value (user_name, password, ...), null when the credential has none. */
    getAttribute(name: string): string | null {
        return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null
    }
}

export class StandardCredentialsProvider {
    /** The credential the alias (a sys_alias sys_id) resolves to, or null. */
    getCredentialByAliasID(aliasId: string): StandardCredential | null {
        const attributes = byAlias.get(aliasId)
        return attributes ? new StandardCredential(attributes) : null
    }
}

// ---- test helpers

/** Makes `aliasId` resolve to a credential with these attributes (replacing any earlier one). */
export function seedAliasCredential(aliasId: string, attributes: Readonly<Record<string, string>>): void {
    byAlias.set(aliasId, { ...attributes })
}

/** Forgets every seeded credential (resetGlide() calls this). */
export function resetCredentials(): void {
    byAlias.clear()
}
