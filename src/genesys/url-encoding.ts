/**
 * Tiny URL helpers: `URL`/`URLSearchParams` do not exist on the instance. `encodeURIComponent`
 * is plain ECMAScript and matches what the official SDK does for path parameters.
 */
export function encodePathSegment(value: string): string {
    return encodeURIComponent(value)
}

/** `?a=1&b=x` (or '' when empty), keys in the given order, undefined values dropped. */
export function buildQueryString(params: Readonly<Record<string, string | number | undefined>>): string {
    const parts: string[] = []
    for (const key of Object.keys(params)) {
        const value = params[key]
        if (value === undefined) continue
        parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    }
    return parts.length === 0 ? '' : `?${parts.join('&')}`
}

/** application/x-www-form-urlencoded body: spaces as '+', per the HTML form encoding. */
export function formEncode(fields: Readonly<Record<string, string>>): string {
    return Object.keys(fields)
        .map((key) => `${formComponent(key)}=${formComponent(fields[key])}`)
        .join('&')
}

function formComponent(value: string): string {
    return encodeURIComponent(value).replace(/%20/g, '+')
}
