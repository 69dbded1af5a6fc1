import { PROPERTY } from '../../src/platform/property-names'
import { allRecords, readRecord, resetGlide, seedRecord, setProperty } from '../../tests/fakes/glide'
import { seedAliasCredential } from '../../tests/fakes/glide/sn_cc'
import { sentRestMessages } from '../../tests/fakes/glide/sn_ws'
import { startStandIn, type RunningStandIn } from '../../tests/support/genesys-stand-in/start-stand-in'
import { sendRestMessagesOverHttp } from '../../tests/support/shipped-runner/genesys-over-http'
import { ShippedRunner, type SessionUser } from '../../tests/support/shipped-runner/shipped-runner'
import { genesysRoutingOf, type GenesysRouting, type RawConversation } from '../../tests/support/routing-agreement'
import type { Scenario } from './scenario'

const CREDENTIALS = { clientId: 'start-client-id', clientSecret: 'start-client-secret' }
const ALIAS = '0a1a5000000000000000000000000001'
const uuid = (prefix: string, n: number) => `${prefix.padEnd(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`

export interface Agent {
    readonly name: string
    readonly sysId: string
    readonly genesysUserId: string
}

/** One email of the scenario, as ServiceNow and Genesys know it. */
export interface TrackedEmail {
    readonly name: string
    /** Customer address and the mailbox it wrote to. */
    readonly from: string
    readonly to: string
    sysId?: string
    conversationId?: string
    /** Genesys's agent leg as the last delivered (or held) assignment named it. */
    participantId?: string
}

/** Genesys's routing of an email (tests/support/routing-agreement.ts), with the agent's name; `none` before a create. */
export interface GenesysView {
    readonly status: 'none' | GenesysRouting['status']
    readonly agent?: string
    readonly routing?: GenesysRouting
}

/** A Genesys event to ServiceNow not delivered yet (`held`), with what delivers it. */
export interface HeldEvent {
    readonly label: string
    readonly deliver: () => string
}

/** ServiceNow (the shipped app through the runner) and Genesys (the stand-in), set up for a scenario. */
export class World {
    readonly agents = new Map<string, Agent>()
    readonly queues = new Map<string, string>()
    readonly wrapupCodes = new Map<string, string>()
    readonly emails = new Map<string, TrackedEmail>()
    readonly held: HeldEvent[] = []
    readonly integration: SessionUser = { sysId: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', roles: ['x_gcer.integration'] }
    readonly admin: SessionUser = { sysId: '0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a', roles: ['x_gcer.admin'] }

    private constructor(
        readonly runner: ShippedRunner,
        readonly standIn: RunningStandIn,
        readonly scenario: Scenario
    ) {}

    static async start(projectDir: string, scenario: Scenario): Promise<World> {
        const runner = ShippedRunner.fromProject(projectDir, { liveClock: true })
        const standIn = await startStandIn(CREDENTIALS)
        const world = new World(runner, standIn, scenario)
        world.configure()
        return world
    }

    close(): Promise<void> {
        return this.standIn.close()
    }

    agent(name: string | undefined): Agent {
        const agent = this.agents.get(name ?? '')
        if (!agent) throw new Error(`scenario: no agent '${name}' (agents: ${[...this.agents.keys()].join(', ')})`)
        return agent
    }

    email(name: string | undefined): TrackedEmail {
        const email = this.emails.get(name ?? '')
        if (!email) throw new Error(`scenario: email '${name}' has not arrived`)
        return email
    }

    /** The session user an agent works as. */
    as(agent: Agent): SessionUser {
        return { sysId: agent.sysId, roles: ['x_gcer.agent'], userName: agent.name }
    }

    /** The email with its Genesys conversation as ServiceNow holds it now (an outbox create fills it in later). */
    refresh(email: TrackedEmail): TrackedEmail {
        const record = this.interaction(email)
        if (record?.x_gcer_conversation_id) email.conversationId = String(record.x_gcer_conversation_id)
        return email
    }

    interaction(email: TrackedEmail): Record<string, unknown> | undefined {
        return email.sysId ? readRecord('interaction', email.sysId) : undefined
    }

    /** ServiceNow's records that belong to an email's interaction. */
    rowsOf(table: 'x_gcer_outbox' | 'x_gcer_routing_event', email: TrackedEmail): Record<string, unknown>[] {
        return allRecords(table).filter((r) => email.sysId && r.interaction === email.sysId)
    }

    /** Genesys requests the app sent for an email: its conversation's paths, and the create naming its record. */
    requestsOf(email: TrackedEmail): number {
        return sentRestMessages().filter(
            (m) =>
                !m.endpoint.startsWith('https://login.') &&
                ((email.conversationId && m.endpoint.includes(email.conversationId)) ||
                    (email.sysId && String(m.body ?? '').includes(email.sysId)))
        ).length
    }

    /** Genesys's own view of an email's conversation: who holds it and how, or ended. */
    genesysView(email: TrackedEmail): GenesysView {
        if (!email.conversationId) return { status: 'none' }
        const routing = genesysRoutingOf(this.standIn.admin.conversation(email.conversationId) as RawConversation)
        const agent =
            'genesysUserId' in routing
                ? ([...this.agents.values()].find((a) => a.genesysUserId === routing.genesysUserId)?.name ??
                  routing.genesysUserId)
                : undefined
        return { status: routing.status, agent, routing }
    }

    private configure(): void {
        resetGlide()
        const { admin, transport, baseUrl } = this.standIn
        admin.reset()
        this.scenario.queues.forEach((q, i) => this.queues.set(q.name, uuid('1', i + 1)))
        this.scenario.wrapupCodes.forEach((c, i) => this.wrapupCodes.set(c, uuid('9', i + 1)))
        admin.seedQueues([...this.queues].map(([name, id]) => ({ id, name })))
        const codes = [...this.wrapupCodes].map(([name, id]) => ({ id, name }))
        for (const id of this.queues.values()) admin.seedWrapupCodes(id, codes)
        this.scenario.agents.forEach((name, i) => {
            const genesysUserId = uuid('a', i + 1)
            const sysId = seedRecord('sys_user', { name, user_name: name, x_gcer_genesys_user_id: genesysUserId })
            this.agents.set(name, { name, sysId, genesysUserId })
        })
        admin.seedUsers([...this.agents.values()].map((a) => ({ id: a.genesysUserId, name: a.name })))
        setProperty(PROPERTY.environment, 'mypurecloud.ie')
        setProperty(PROPERTY.credentialAlias, ALIAS)
        setProperty(PROPERTY.provider, 'ServiceNow')
        setProperty(PROPERTY.inboundMailboxes, this.scenario.mailboxes.join(','))
        setProperty(
            PROPERTY.queueMappings,
            JSON.stringify(
                this.scenario.queues.map((q) => ({
                    queueId: this.queues.get(q.name),
                    name: q.name,
                    default: !!q.default,
                }))
            )
        )
        const [firstCode] = this.wrapupCodes.values()
        setProperty(PROPERTY.caseCreatedWrapupCode, firstCode)
        setProperty(PROPERTY.defaultWrapupCode, firstCode)
        seedAliasCredential(ALIAS, { user_name: CREDENTIALS.clientId, password: CREDENTIALS.clientSecret })
        sendRestMessagesOverHttp(transport, baseUrl)
    }
}
