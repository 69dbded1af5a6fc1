import type { Result } from '../domain/result'
import type { GenesysApi, GenesysQueue } from '../genesys/genesys-api'
import { describe, PERMISSION_PROBES, probeVerdict, type SetupCheckLine, type Verdict } from './setup-check-probes'

export type { SetupCheckLine, Verdict } from './setup-check-probes'

/**
 * The admin's setup check (issue 10 item 2): pure logic over ports, so the platform, a script and ATF
 * (its offline lines, `runOfflineSetupCheck`) can run it. Every line says what was checked and how.
 */

/** What the check reads from the app's properties (RoutingConfig fits it). */
export interface SetupConfig {
    readonly provider: string
    readonly queues: readonly { readonly queueId: string; readonly name: string }[]
    readonly defaultWrapupCode: string
    readonly caseCreatedWrapupCode: string
}

export interface SetupConfigSource {
    read(): Result<SetupConfig, { readonly property: string; readonly message: string }>
}

/** The agent mapping (AgentDirectory fits it). */
export interface SetupAgentDirectory {
    listMappedAgents(): readonly { readonly genesysUserId: string; readonly name: string }[]
}

/** The integration user Genesys's data action signs in as (basic auth on the events endpoint). */
export interface IntegrationUserFact {
    readonly userName: string
    readonly exists: boolean
    readonly active: boolean
    readonly roles: readonly string[]
    /** Roles it must hold, e.g. the app's integration role and `snc_internal`. */
    readonly requiredRoles: readonly string[]
}

/** Platform facts the check cannot read through Genesys. The core implements them over Glide. */
export interface PlatformFacts {
    integrationUser(): IntegrationUserFact
    /** Inbound mailboxes (email accounts) the app routes from; empty when none is configured. */
    configuredMailboxes(): readonly string[]
    /** Names of active Email Interaction for CSM flows that would also turn these emails into interactions. */
    activeCompetingEmailFlows(): readonly string[]
    /** Whether the events endpoint answers for the integration user's roles (ACL), and why not. */
    eventsEndpointReachable(): { readonly reachable: boolean; readonly detail: string }
}

export interface SetupCheckDeps {
    readonly genesys: GenesysApi
    readonly config: SetupConfigSource
    readonly agents: SetupAgentDirectory
    readonly platform: PlatformFacts
    readonly clock: { nowMs(): number }
}

/** Genesys's own email integration's provider name: a third-party create must not use it (DOMAIN.md section 4). */
const RESERVED_PROVIDER = 'PureCloud Email'

function line(id: string, label: string, verdict: Verdict, detail: string): SetupCheckLine {
    return { id, label, verdict, detail }
}

/** Every line: offline ones first, then Genesys (token, permissions, queues, wrap-up codes, agents). */
export function runSetupCheck(deps: SetupCheckDeps): SetupCheckLine[] {
    const lines = runOfflineSetupCheck(deps)
    const config = deps.config.read()
    const first = deps.genesys.listQueues()
    const noToken = !first.ok && (first.error.notSent === true || first.error.kind === 'configuration')
    if (noToken) {
        lines.push(line('genesys.token', 'Genesys token obtained', 'fail', describe(first.error)))
        lines.push(line('genesys.skipped', 'Genesys checks', 'warn', 'Not run: no token (fix the line above first).'))
        return lines
    }
    lines.push(line('genesys.token', 'Genesys token obtained', 'pass', 'The OAuth client credentials grant answered.'))
    if (!first.ok && first.error.kind !== 'forbidden') {
        // The token is fine; Genesys itself did not answer the queue listing (busy, down, a gateway).
        const detail = `${describe(first.error)}; the other Genesys checks were not run: run the setup check again shortly.`
        lines.push(line('genesys.reachable', 'Genesys answered', 'fail', detail))
        return lines
    }
    lines.push(...permissionLines(deps))
    if (!config.ok) return lines
    const queues = first.ok ? first.value : undefined
    lines.push(...queueLines(config.value, queues))
    lines.push(...wrapupLines(deps, config.value, queues))
    lines.push(...agentLines(deps))
    return lines
}

/** The lines that need no Genesys: configuration, provider, mailboxes, flows, integration user, endpoint. */
export function runOfflineSetupCheck(deps: Omit<SetupCheckDeps, 'genesys' | 'clock' | 'agents'>): SetupCheckLine[] {
    const lines: SetupCheckLine[] = []
    const config = deps.config.read()
    if (!config.ok)
        lines.push(line('config', 'Properties readable', 'fail', `${config.error.property}: ${config.error.message}`))
    else {
        lines.push(line('config', 'Properties readable', 'pass', 'All x_gcer properties are valid.'))
        lines.push(providerLine(config.value.provider))
    }
    const mailboxes = deps.platform.configuredMailboxes()
    lines.push(
        mailboxes.length === 0
            ? line('mailboxes', 'Mailboxes configured', 'fail', 'No inbound mailbox routes to Genesys.')
            : line('mailboxes', 'Mailboxes configured', 'pass', mailboxes.join(', '))
    )
    const flows = deps.platform.activeCompetingEmailFlows()
    lines.push(
        flows.length === 0
            ? line('competing-flows', 'No competing Email Interaction for CSM flow', 'pass', 'None active.')
            : line(
                  'competing-flows',
                  'No competing Email Interaction for CSM flow',
                  'warn',
                  `Active: ${flows.join(', ')}; they also create interactions from the same emails.`
              )
    )
    lines.push(integrationUserLine(deps.platform.integrationUser()))
    const endpoint = deps.platform.eventsEndpointReachable()
    lines.push(
        line(
            'endpoint',
            'Events endpoint reachable by the integration user',
            endpoint.reachable ? 'pass' : 'fail',
            endpoint.detail
        )
    )
    return lines
}

function providerLine(provider: string): SetupCheckLine {
    const label = 'Provider name valid'
    if (provider.trim() === '') return line('provider', label, 'fail', 'x_gcer.genesys.provider is empty.')
    if (provider.trim().toLowerCase() === RESERVED_PROVIDER.toLowerCase())
        return line(
            'provider',
            label,
            'fail',
            `"${RESERVED_PROVIDER}" is Genesys's own email provider; use your own name.`
        )
    return line('provider', label, 'pass', provider)
}

function integrationUserLine(user: IntegrationUserFact): SetupCheckLine {
    const label = 'Integration user exists with its roles'
    if (!user.exists) return line('integration-user', label, 'fail', `No user ${user.userName}.`)
    if (!user.active) return line('integration-user', label, 'fail', `${user.userName} is inactive.`)
    const missing = user.requiredRoles.filter((role) => user.roles.indexOf(role) < 0)
    return missing.length === 0
        ? line('integration-user', label, 'pass', `${user.userName}: ${user.requiredRoles.join(', ')}`)
        : line('integration-user', label, 'fail', `${user.userName} lacks ${missing.join(', ')}.`)
}

function permissionLines(deps: SetupCheckDeps): SetupCheckLine[] {
    const nowMs = deps.clock.nowMs()
    return PERMISSION_PROBES.map((probe) => {
        const outcome = probeVerdict(probe, probe.run(deps.genesys, nowMs))
        // The participant PATCH passes with ANY of four permissions (API definition): its 404 proves one
        // of them, not disconnect itself; isolating it would need a real disconnect [inferred, noted].
        const detail =
            probe.permission === 'conversation:communication:disconnect' && outcome.verdict === 'pass'
                ? `${outcome.detail}; the call also accepts participant:wrapup, call:record or email:park, so this shows one of them`
                : outcome.detail
        return line(`permission.${probe.permission}`, `Permission ${probe.permission}`, outcome.verdict, detail)
    })
}

function queueLines(config: SetupConfig, queues: readonly GenesysQueue[] | undefined): SetupCheckLine[] {
    if (config.queues.length === 0) return [line('queues', 'Queues mapped', 'fail', 'No queue is mapped.')]
    return config.queues.map((mapped) => {
        const id = `queue.${mapped.queueId}`
        const label = `Queue ${mapped.name} exists in Genesys`
        if (queues === undefined) return line(id, label, 'fail', 'Queues cannot be listed (routing:queue:view).')
        const found = queues.find((q) => q.id.toLowerCase() === mapped.queueId.toLowerCase())
        if (found === undefined) return line(id, label, 'fail', `Genesys has no queue ${mapped.queueId}.`)
        return found.name.trim() === mapped.name.trim()
            ? line(id, label, 'pass', `${found.name} (${found.id})`)
            : line(id, label, 'warn', `Genesys names it "${found.name}", the mapping "${mapped.name}".`)
    })
}

function wrapupLines(
    deps: SetupCheckDeps,
    config: SetupConfig,
    queues: readonly GenesysQueue[] | undefined
): SetupCheckLine[] {
    const wanted = [
        { role: 'default', code: config.defaultWrapupCode },
        { role: 'case-created', code: config.caseCreatedWrapupCode },
    ]
    return config.queues.map((mapped) => {
        const id = `wrapup.${mapped.queueId}`
        const label = `Wrap-up codes valid for ${mapped.name}`
        const empty = wanted.filter((w) => w.code.trim() === '').map((w) => w.role)
        if (empty.length > 0) return line(id, label, 'fail', `No ${empty.join(' / ')} wrap-up code configured.`)
        if (queues !== undefined && !queues.some((q) => q.id.toLowerCase() === mapped.queueId.toLowerCase()))
            return line(id, label, 'fail', 'The queue does not exist in Genesys.')
        const codes = deps.genesys.listQueueWrapupCodes(mapped.queueId)
        if (!codes.ok) return line(id, label, codes.error.kind === 'forbidden' ? 'fail' : 'warn', describe(codes.error))
        // Ids compared case-insensitively: the properties hold lower-case UUIDs.
        const invalid = wanted.filter((w) => !codes.value.some((c) => c.id.toLowerCase() === w.code.toLowerCase()))
        return invalid.length === 0
            ? line(id, label, 'pass', wanted.map((w) => `${w.role} ${w.code}`).join(', '))
            : line(
                  id,
                  label,
                  'fail',
                  invalid.map((w) => `${w.role} code ${w.code} is not a code of this queue`).join('; ')
              )
    })
}

function agentLines(deps: SetupCheckDeps): SetupCheckLine[] {
    const agents = deps.agents.listMappedAgents()
    if (agents.length === 0)
        return [line('agents', 'Agents mapped', 'warn', 'No ServiceNow user has a Genesys user ID.')]
    return agents.map((agent) => {
        const id = `agent.${agent.genesysUserId}`
        const label = `Agent ${agent.name}: Genesys user active`
        const user = deps.genesys.getUser(agent.genesysUserId)
        if (user.ok)
            return user.value.state === 'active'
                ? line(id, label, 'pass', `${user.value.name} (${user.value.id})`)
                : line(id, label, 'fail', `${user.value.name} is ${user.value.state || 'not active'} in Genesys.`)
        if (user.error.kind === 'not_found')
            return line(id, label, 'fail', `Genesys has no user ${agent.genesysUserId}.`)
        return line(id, label, 'warn', `Could not read the user (${describe(user.error)}).`)
    })
}
