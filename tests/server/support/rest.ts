/** A scripted REST request/response pair as the route scripts see them. */
export function restCall(body: unknown) {
    const dataString = typeof body === 'string' ? body : JSON.stringify(body)
    const request = {
        body: {
            dataString,
            get data(): unknown {
                // The platform throws on malformed JSON here; the handler must never touch it.
                return JSON.parse(dataString)
            },
        },
    }
    const sent: { status: number; contentType: string; body: Record<string, unknown> } = {
        status: 0,
        contentType: '',
        body: {},
    }
    const response = {
        setStatus: (status: number) => (sent.status = status),
        setContentType: (type: string) => (sent.contentType = type),
        setBody: (b: unknown) => (sent.body = b as Record<string, unknown>),
    }
    return { request, response, sent }
}
