/**
 * Removes credentials from any text before it becomes an error message or a log line.
 * Known values (the client secret, every token seen) are replaced wherever they appear; patterns
 * catch credentials we never saw (an Authorization header echoed back, a token in a JSON body).
 */
export interface Redactor {
    remember(secret: string | undefined): void
    redact(text: string): string
}

const REDACTED = '[redacted]'

const PATTERNS: readonly RegExp[] = [
    /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi,
    /("?(?:access_token|refresh_token|client_secret|password|authorization)"?\s*[:=]\s*"?)(?!(?:Bearer|Basic)\s|\[redacted\])[^"&\s,}]+/gi,
]

export function createRedactor(): Redactor {
    const secrets: string[] = []
    return {
        remember(secret) {
            // Very short values would redact ordinary words; real secrets and tokens are long.
            if (secret && secret.length >= 6 && secrets.indexOf(secret) < 0) secrets.push(secret)
        },
        redact(text) {
            let out = String(text)
            for (const secret of secrets) out = out.split(secret).join(REDACTED)
            out = out.replace(PATTERNS[0], (_match, scheme: string) => `${scheme} ${REDACTED}`)
            out = out.replace(PATTERNS[1], (_match, prefix: string) => `${prefix}${REDACTED}`)
            return out
        },
    }
}
