import type { HttpMethod, HttpTransport } from '../../../src/genesys/http-transport'
import { setRestResponder, type ScriptedRestResponse, type SentRestMessage } from '../../fakes/glide/sn_ws'
import { RedirectTransport } from '../genesys-stand-in/redirect-transport'

/** RESTMessageV2 without setHttpTimeout waits this long on the platform (glide.http.timeout default, [inferred]). */
const DEFAULT_TIMEOUT_MS = 60_000

/**
 * Makes every RESTMessageV2.execute() of the shipped scripts a real HTTP exchange: `https://api|login.<env>`
 * is sent to the stand-in at `baseUrl` over the synchronous loopback transport, and the answer comes back as
 * the platform's RESTResponseV2 would carry it (status 0 with an error message when no status arrived).
 * Install again after resetGlide() (which forgets responders).
 */
export function sendRestMessagesOverHttp(transport: HttpTransport, baseUrl: string): void {
    const redirect = new RedirectTransport(transport, baseUrl)
    setRestResponder((message: SentRestMessage): ScriptedRestResponse => {
        const outcome = redirect.send({
            method: message.method.toUpperCase() as HttpMethod,
            url: message.endpoint,
            headers: { ...message.headers },
            body: message.body,
            timeoutMs: message.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        })
        if (!outcome.ok) {
            const timedOut = outcome.failure.kind === 'timeout'
            return {
                status: 0,
                error: {
                    message: timedOut ? `java.net.SocketTimeoutException: Read timed out` : outcome.failure.message,
                    code: 1,
                },
            }
        }
        return { status: outcome.response.status, body: outcome.response.body, headers: outcome.response.headers }
    })
}
