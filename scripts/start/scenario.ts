/**
 * A scenario for `npm start`: who works at the help desk, which queues Genesys has, and the steps of the day.
 * JSON on disk (scenarios/*.json); `--emails N` generates one from the seed instead (generateDay).
 *
 * Steps (`do`): email (a new customer email), accept (Genesys offers to an agent who accepts: Genesys connects
 * the agent and tells ServiceNow), miss (the offer times out; Genesys keeps it queued), hold (`until` = resume
 * time, minutes), resume, reply (the customer writes again), transfer (`to` = `queue:<name>` or `agent:<name>`),
 * case, disconnect (`wrapup` name), ended (Genesys ends the conversation and tells ServiceNow), outage
 * (`on`, `status`), outbox (the outbox job), reconcile (the reconciler job), wait (`minutes`), deliver (held events).
 * An event-carrying step (accept, ended) may say `event: "lost" | "held" | "twice"`: never delivered, delivered
 * at the next `deliver` step (held ones in reverse order: reordered), or delivered twice.
 */
export interface Scenario {
    readonly name: string
    readonly mailboxes: readonly string[]
    readonly queues: readonly { readonly name: string; readonly default?: boolean }[]
    readonly agents: readonly string[]
    readonly wrapupCodes: readonly string[]
    readonly steps: readonly Step[]
}

export type EventFate = 'delivered' | 'lost' | 'held' | 'twice'

export interface Step {
    readonly do: string
    /** The scenario's name for an email ("e1"), set by its `email` step. */
    readonly email?: string
    readonly agent?: string
    readonly from?: string
    readonly to?: string
    readonly subject?: string
    readonly until?: number
    readonly wrapup?: string
    readonly on?: boolean
    readonly status?: number
    readonly minutes?: number
    readonly event?: EventFate
}

/** mulberry32: a small seeded generator, so `--seed` replays the same day. */
export function seededRandom(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

/** A random day of `emails` journeys over the base scenario's people and queues, interleaved, with an outage. */
export function generateDay(base: Scenario, emails: number, random: () => number): Scenario {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
    const journeys: Step[][] = []
    for (let i = 1; i <= emails; i++) {
        const email = `e${i}`
        const agent = pick(base.agents)
        const steps: Step[] = [
            {
                do: 'email',
                email,
                from: `customer${i}@example.com`,
                to: pick(base.mailboxes),
                subject: `Question ${i}`,
            },
        ]
        if (random() < 0.3) steps.push({ do: 'miss', email, agent: pick(base.agents) })
        steps.push({ do: 'accept', email, agent, event: random() < 0.15 ? 'twice' : 'delivered' })
        if (random() < 0.5) {
            steps.push({ do: 'hold', email, ...(random() < 0.5 ? { until: 60 } : {}) })
            steps.push(random() < 0.5 ? { do: 'reply', email } : { do: 'resume', email })
        }
        if (random() < 0.3) {
            const other = base.agents.find((a) => a !== agent) ?? agent
            const toQueue = random() < 0.5
            steps.push({ do: 'transfer', email, to: toQueue ? `queue:${pick(base.queues).name}` : `agent:${other}` })
            steps.push({ do: 'accept', email, agent: toQueue ? pick(base.agents) : other })
        }
        const end = random()
        if (end < 0.3) steps.push({ do: 'case', email })
        else if (end < 0.85) steps.push({ do: 'disconnect', email, wrapup: pick(base.wrapupCodes) })
        else steps.push({ do: 'ended', email })
        journeys.push(steps)
    }
    const steps: Step[] = []
    const outageAt = Math.floor(emails * 2 * random())
    while (journeys.some((j) => j.length > 0)) {
        const open = journeys.filter((j) => j.length > 0)
        steps.push(pick(open).shift() as Step)
        if (steps.length === outageAt) steps.push({ do: 'outage', on: true, status: 503 })
        if (steps.length === outageAt + 4) steps.push({ do: 'outage', on: false })
    }
    steps.push({ do: 'outage', on: false }, { do: 'wait', minutes: 60 }, { do: 'outbox' }, { do: 'reconcile' })
    return { ...base, name: `${emails} generated emails`, steps }
}
