/**
 * The official Genesys Cloud JavaScript SDK (purecloud-platform-client-v2) as a test oracle: its
 * generated operations are called with a capturing HTTP client, so we see the exact request it
 * would send, with no network.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const platformClient = require('purecloud-platform-client-v2')

export interface SdkRequest {
    readonly url: string
    readonly method: string
    readonly headers: Record<string, string>
    readonly params?: Record<string, string>
    readonly data?: unknown
}

/** What a captured request answers: enough for login and for any call to resolve. */
const ANSWER = { status: 200, headers: {}, data: { access_token: 'sdk-token', expires_in: 86400 } }

class CapturingHttpClient extends platformClient.AbstractHttpClient {
    readonly captured: SdkRequest[] = []
    request(options: SdkRequest): Promise<unknown> {
        this.captured.push({ ...options, headers: { ...(options.headers || {}) } })
        return Promise.resolve(ANSWER)
    }
    enableHooks(): void {}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sdk = any

/** Runs `work` against a fresh SDK setup for `environment` with `accessToken`; returns what it sent. */
export async function captureSdk(
    environment: string,
    accessToken: string,
    work: (sdk: Sdk) => Promise<unknown>
): Promise<SdkRequest[]> {
    const apiClient = platformClient.ApiClient.instance
    // The SDK watches ~/.genesyscloudjavascript/config by default; a watcher would outlive the test.
    apiClient.config.live_reload_config = false
    const http = new CapturingHttpClient()
    apiClient.setHttpClient(http)
    apiClient.setEnvironment(environment)
    apiClient.setAccessToken(accessToken)
    await work(platformClient)
    return http.captured
}

export const SDK_API_DIR = require
    .resolve('purecloud-platform-client-v2/package.json')
    .replace(/package\.json$/, 'src/purecloud-platform-client-v2/api')
