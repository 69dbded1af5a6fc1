import { agrees } from '../../tests/support/routing-agreement'
import type { StepResult } from './steps'
import type { GenesysView, TrackedEmail, World } from './world'

const pad = (text: string, width: number) => (text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width))

/** ServiceNow's view of an email: routing status and owner. */
export function serviceNowView(world: World, email: TrackedEmail | undefined): { status: string; agent?: string } {
    const record = email && world.interaction(email)
    if (!record) return { status: 'none' }
    const owner = [...world.agents.values()].find((a) => a.sysId === record.assigned_to)?.name
    return { status: String(record.x_gcer_routing_status), agent: owner }
}

const show = (view: { status: string; agent?: string }) => (view.agent ? `${view.status} (${view.agent})` : view.status)

/** One timeline line: step number, who, what, and both systems' view of the email the step touched. */
export function timelineLine(world: World, index: number, result: StepResult): string {
    const views = result.email
        ? `  SN: ${pad(show(serviceNowView(world, result.email)), 20)} Genesys: ${show(world.genesysView(result.email))}`
        : ''
    const tag = result.email ? `[${result.email.name}] ` : ''
    return `${String(index).padStart(3)}  ${pad(result.who, 22)} ${pad(tag + result.what, 96)}${views}`
}

/** Do ServiceNow's routing status and owner match what Genesys says? (tests/support/routing-agreement.ts) */
export function agreesInWorld(world: World, sn: { status: string; agent?: string }, genesys: GenesysView): boolean {
    if (!genesys.routing) return sn.status === 'none'
    const owner = sn.agent ? (world.agents.get(sn.agent)?.genesysUserId ?? null) : null
    return agrees({ status: sn.status, ownerGenesysUserId: owner }, genesys.routing)
}

/** The summary table, one row per email; returns how many emails the two systems disagree on. */
export function summary(world: World, print: (line: string) => void): number {
    const header = ['email', 'interaction', 'ServiceNow', 'Genesys', 'requests', 'outbox rows', 'history rows', 'agree']
    const widths = [6, 12, 22, 22, 9, 20, 13, 6]
    const row = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join(' ')
    print(row(header))
    print(widths.map((w) => '-'.repeat(w)).join(' '))
    let disagreements = 0
    for (const email of world.emails.values()) {
        world.refresh(email)
        const sn = serviceNowView(world, email)
        const genesys = world.genesysView(email)
        // A reply to a closed interaction opens a follow-up on the same conversation: Genesys is compared with
        // the newest interaction; the older one only has to stay closed (tests/support/routing-agreement.ts).
        const emails = [...world.emails.values()]
        const followedBy = emails
            .slice(emails.indexOf(email) + 1)
            .find((e) => e.conversationId && e.conversationId === email.conversationId)
        const ok = followedBy ? sn.status === 'closed' || sn.status === 'abandoned' : agreesInWorld(world, sn, genesys)
        if (!ok) disagreements++
        const outbox = world.rowsOf('x_gcer_outbox', email)
        const states = [...new Set(outbox.map((r) => String(r.state)))].map(
            (s) => `${outbox.filter((r) => r.state === s).length} ${s}`
        )
        const number = email.sysId ? String(world.interaction(email)?.number ?? email.sysId.slice(0, 8)) : '-'
        print(
            row([
                email.name,
                number,
                show(sn),
                followedBy ? `see ${followedBy.name}` : show(genesys),
                String(world.requestsOf(email)),
                outbox.length ? states.join(', ') : '0',
                String(world.rowsOf('x_gcer_routing_event', email).length),
                ok ? 'yes' : 'NO',
            ])
        )
    }
    return disagreements
}
