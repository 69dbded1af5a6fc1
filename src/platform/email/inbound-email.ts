/**
 * The fields of the platform's inbound EmailWrapper the app reads. Bodies are deliberately absent:
 * the email itself stays in sys_email (shown in the interaction's activity); the app never copies
 * or logs it.
 */
export interface EmailWrapperLike {
    readonly subject?: unknown
    /** Sender address as the platform resolved it. */
    readonly from?: unknown
    /** Original sender address (before any forwarding rewrite). */
    readonly origemail?: unknown
    /** sys_user the platform matched to the sender, if any. */
    readonly from_sys_id?: unknown
    /** Direct ("To") recipients, comma-separated. */
    readonly direct?: unknown
    /** All recipients, comma-separated. */
    readonly to?: unknown
    /** Raw header block. */
    readonly headers?: unknown
}

export interface InboundEmail {
    readonly subject: string
    readonly fromAddress: string
    readonly fromName: string | null
    readonly toAddress: string
    readonly fromUserSysId: string | null
}

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value).trim()
}

function firstAddress(list: string): string {
    const first = list.split(/[,;]/)[0] || ''
    const angled = /<([^>]+)>/.exec(first)
    return (angled ? angled[1] : first).trim()
}

/** The display name of the `From:` header (`"Carla Díaz" <carla@x.com>`), when it has one. */
function displayName(headers: string): string | null {
    const match = /^From:\s*"?([^"<\r\n]*?)"?\s*<[^>\r\n]+>/im.exec(headers)
    const name = match ? match[1].trim() : ''
    return name === '' ? null : name.slice(0, 100)
}

/** Pure: the customer email as the use cases want it, from whatever the EmailWrapper carries. */
export function readInboundEmail(email: EmailWrapperLike): InboundEmail {
    const userSysId = text(email.from_sys_id)
    return {
        subject: text(email.subject),
        fromAddress: firstAddress(text(email.origemail) || text(email.from)),
        fromName: displayName(text(email.headers)),
        toAddress: firstAddress(text(email.direct) || text(email.to)),
        fromUserSysId: /^[0-9a-f]{32}$/.test(userSysId) ? userSysId : null,
    }
}
