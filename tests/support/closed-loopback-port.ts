import * as net from 'node:net'

/** A 127.0.0.1 port that was free a moment ago and has nothing listening now. */
export function closedLoopbackPort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = net.createServer()
        probe.once('error', reject)
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address() as net.AddressInfo
            probe.close(() => resolve(port))
        })
    })
}
