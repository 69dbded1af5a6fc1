import type { TopicEvent } from '../genesys-events'

/**
 * What can happen to a trigger event between Genesys and the instance (DOMAIN.md section 4: at
 * least once, order not guaranteed, dropped past the TTL, a failed data action is not retried).
 * Rates are probabilities per event; everything is drawn from one seeded generator, so the same
 * seed and the same sequence of events and drains give the same deliveries.
 */
export interface ChaosOptions {
    readonly seed: number
    /** Delivered twice. */
    readonly duplicateRate?: number
    /** Swapped with a random other event of the same drain. */
    readonly reorderRate?: number
    /** Held back for 1..maxDelayDrains later drains. */
    readonly delayRate?: number
    /** Never delivered. */
    readonly dropRate?: number
    readonly maxDelayDrains?: number
}

export interface ChaosCounts {
    delivered: number
    duplicated: number
    reordered: number
    delayed: number
    dropped: number
}

const MAX_RATE = 0.5

/** mulberry32: small, fast, deterministic. */
function generator(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

const bounded = (rate: number | undefined): number => Math.min(Math.max(rate ?? 0, 0), MAX_RATE)

export class EventPipeline {
    private random: (() => number) | undefined
    private options: ChaosOptions | undefined
    /** Delayed events with the number of drains still to wait. */
    private held: { event: TopicEvent; drainsLeft: number }[] = []
    readonly counts: ChaosCounts = { delivered: 0, duplicated: 0, reordered: 0, delayed: 0, dropped: 0 }

    configure(options: ChaosOptions | undefined): void {
        this.options = options
        this.random = options === undefined ? undefined : generator(options.seed)
    }

    /** No more chaos; held events are released on the next drain. */
    heal(): void {
        this.configure(undefined)
        for (const h of this.held) h.drainsLeft = 0
    }

    reset(): void {
        this.configure(undefined)
        this.held = []
        Object.assign(this.counts, { delivered: 0, duplicated: 0, reordered: 0, delayed: 0, dropped: 0 })
    }

    pendingHeld(): number {
        return this.held.length
    }

    /** The events to deliver now: the fired ones after chaos, plus held ones whose time has come. */
    drain(fired: readonly TopicEvent[]): TopicEvent[] {
        const out: TopicEvent[] = []
        const stillHeld: { event: TopicEvent; drainsLeft: number }[] = []
        for (const h of this.held) {
            if (h.drainsLeft <= 0) out.push(h.event)
            else stillHeld.push({ event: h.event, drainsLeft: h.drainsLeft - 1 })
        }
        this.held = stillHeld
        const random = this.random
        const o = this.options
        for (const event of fired) {
            if (random === undefined || o === undefined) {
                out.push(event)
                continue
            }
            if (random() < bounded(o.dropRate)) {
                this.counts.dropped++
                continue
            }
            if (random() < bounded(o.delayRate)) {
                this.counts.delayed++
                const max = Math.max(1, Math.floor(o.maxDelayDrains ?? 2))
                this.held.push({ event, drainsLeft: Math.floor(random() * max) })
                continue
            }
            out.push(event)
            if (random() < bounded(o.duplicateRate)) {
                this.counts.duplicated++
                out.push(event)
            }
        }
        if (random !== undefined && o !== undefined && out.length > 1) {
            for (let i = 0; i < out.length; i++) {
                if (random() < bounded(o.reorderRate)) {
                    const j = Math.floor(random() * out.length)
                    ;[out[i], out[j]] = [out[j], out[i]]
                    this.counts.reordered++
                }
            }
        }
        this.counts.delivered += out.length
        return out
    }
}
