import { createStandInServer } from './stand-in-server'

/**
 * Runs the stand-in on its own, for poking at it with curl: 127.0.0.1 only, a random port printed
 * on start. Run with:
 *   npx esbuild tests/support/genesys-stand-in/cli.ts --bundle --platform=node --log-level=warning | node -
 * Credentials: GENESYS_STAND_IN_CLIENT_ID / GENESYS_STAND_IN_CLIENT_SECRET, else the defaults.
 * Stops on SIGINT / SIGTERM.
 */
const server = createStandInServer({
    ...(process.env.GENESYS_STAND_IN_CLIENT_ID ? { clientId: process.env.GENESYS_STAND_IN_CLIENT_ID } : {}),
    ...(process.env.GENESYS_STAND_IN_CLIENT_SECRET ? { clientSecret: process.env.GENESYS_STAND_IN_CLIENT_SECRET } : {}),
})

server.listen().then((port) => {
    process.stdout.write(`genesys stand-in listening on http://127.0.0.1:${port} (admin: /__admin/...)\n`)
})

const stop = (): void => {
    server.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
