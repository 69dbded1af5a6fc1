import type { HttpRequest, HttpTransport, TransportOutcome } from '../../../src/genesys/http-transport'

/**
 * Points a client built for a real Genesys region at the stand-in: `https://api.<env>/x` and
 * `https://login.<env>/x` become `<baseUrl>/x`. Everything else passes unchanged (and the sync
 * transport refuses any non-loopback host), so nothing leaves 127.0.0.1.
 */
export class RedirectTransport implements HttpTransport {
    constructor(
        private readonly inner: HttpTransport,
        private readonly baseUrl: string
    ) {}

    send(request: HttpRequest): TransportOutcome {
        return this.inner.send({ ...request, url: this.rewrite(request.url) })
    }

    rewrite(url: string): string {
        const match = /^https:\/\/(?:api|login)\.[a-z0-9.-]+(\/.*)?$/i.exec(url)
        return match === null ? url : this.baseUrl + (match[1] ?? '/')
    }
}
