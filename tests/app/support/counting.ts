import type { RoutingDeps } from '../../../src/app/routing-deps'

export type PortCounts = Record<string, number>

/**
 * Wraps every port of a deps object so each method call is counted as `port.method`
 * (e.g. `interactions.update`, `genesys.park`). The benchmark uses the same counts to compare
 * use cases by platform round trips (each port call is a GlideRecord query/write or one HTTP call).
 */
export function countingDeps(deps: RoutingDeps): {
    deps: RoutingDeps
    counts: PortCounts
    reset(): void
    total(): number
} {
    const counts: PortCounts = {}
    const wrap = <T extends object>(portName: string, port: T): T =>
        new Proxy(port, {
            get(target, property, receiver) {
                const value = Reflect.get(target, property, receiver)
                if (typeof value !== 'function') return value
                return (...args: unknown[]) => {
                    const key = `${portName}.${String(property)}`
                    counts[key] = (counts[key] ?? 0) + 1
                    return value.apply(target, args)
                }
            },
        })
    const wrapped = Object.fromEntries(
        Object.entries(deps).map(([name, port]) => [name, typeof port === 'object' ? wrap(name, port) : port])
    ) as unknown as RoutingDeps
    return {
        deps: wrapped,
        counts,
        reset: () => Object.keys(counts).forEach((k) => delete counts[k]),
        total: () => Object.values(counts).reduce((a, b) => a + b, 0),
    }
}
