import { err, ok } from '../../src/domain/result'
import {
    runOfflineSetupCheck,
    runSetupCheck,
    type IntegrationUserFact,
    type PlatformFacts,
    type SetupCheckDeps,
    type SetupCheckLine,
    type SetupConfig,
} from '../../src/app/setup-check'
import { PERMISSION_PROBES } from '../../src/app/setup-check-probes'
import { formatSetupCheck } from '../../src/app/setup-check-table'
import { loadGenesysFile } from '../support/genesys-data-action'
import { createClientHarness, trail } from '../support/genesys-stand-in/client-harness'
import { startStandIn } from '../support/genesys-stand-in/start-stand-in'
import type { RunningStandIn } from '../support/genesys-stand-in/start-stand-in'

/**
 * The setup check against the Genesys stand-in over real HTTP (the unmodified client), with the
 * platform facts, configuration and agent mapping as plain data: every line, pass and fail.
 */
let standIn: RunningStandIn

beforeAll(async () => {
    standIn = await startStandIn()
})

afterAll(async () => {
    await standIn.close()
})

/** The shipped role: what the check's permission probes stand for. */
const ROLE: string[] = loadGenesysFile('oauth/role.json').permissions

beforeEach(() => {
    standIn.admin.reset()
    standIn.admin.seedQueues([
        { id: 'q-support', name: 'Support' },
        { id: 'q-billing', name: 'Billing' },
    ])
    standIn.admin.seedWrapupCodes('q-support', [
        { id: 'wc-solved', name: 'Solved' },
        { id: 'wc-case', name: 'Case created' },
    ])
    standIn.admin.seedWrapupCodes('q-billing', [
        { id: 'wc-solved', name: 'Solved' },
        { id: 'wc-case', name: 'Case created' },
    ])
    standIn.admin.seedUsers([
        { id: 'u-ada', name: 'Ada' },
        { id: 'u-bob', name: 'Bob', state: 'inactive' },
        { id: 'u-gone', name: 'Gone', state: 'deleted' },
    ])
    standIn.admin.setGrantedPermissions(ROLE)
})

const CONFIG: SetupConfig = {
    provider: 'ServiceNow CSM',
    queues: [
        { queueId: 'q-support', name: 'Support' },
        { queueId: 'q-billing', name: 'Billing' },
    ],
    defaultWrapupCode: 'wc-solved',
    caseCreatedWrapupCode: 'wc-case',
}

const USER: IntegrationUserFact = {
    userName: 'genesys.integration',
    exists: true,
    active: true,
    roles: ['x_gcer.integration', 'snc_internal'],
    requiredRoles: ['x_gcer.integration', 'snc_internal'],
}

const FACTS: PlatformFacts = {
    integrationUser: () => USER,
    configuredMailboxes: () => ['support@acme.test'],
    activeCompetingEmailFlows: () => [],
    eventsEndpointReachable: () => ({ reachable: true, detail: 'ACL grants x_gcer.integration' }),
}

interface Overrides {
    readonly config?: Partial<SetupConfig> | 'broken'
    readonly agents?: { genesysUserId: string; name: string }[]
    readonly facts?: Partial<PlatformFacts>
    readonly clientSecret?: string
}

function deps(o: Overrides = {}): SetupCheckDeps {
    const { client } = createClientHarness(standIn, { clockStartMs: Date.now(), clientSecret: o.clientSecret })
    return {
        genesys: client,
        config: {
            read: () =>
                o.config === 'broken'
                    ? err({ property: 'x_gcer.genesys.queue_mappings', message: 'is not valid JSON' })
                    : ok({ ...CONFIG, ...o.config }),
        },
        agents: { listMappedAgents: () => o.agents ?? [{ genesysUserId: 'u-ada', name: 'Ada Agent' }] },
        platform: { ...FACTS, ...o.facts },
        clock: { nowMs: () => Date.now() },
    }
}

function byId(lines: SetupCheckLine[], id: string): SetupCheckLine {
    const found = lines.find((l) => l.id === id)
    if (found === undefined) throw new Error(`no line ${id} in ${lines.map((l) => l.id).join(', ')}`)
    return found
}

function verdicts(lines: SetupCheckLine[]): Record<string, string> {
    return Object.fromEntries(lines.map((l) => [l.id, l.verdict]))
}

describe('setup check: a correct setup passes every line', () => {
    it('reports each line as pass, and the probes change nothing in Genesys', () => {
        const lines = runSetupCheck(deps())
        expect(verdicts(lines)).toEqual({
            config: 'pass',
            provider: 'pass',
            mailboxes: 'pass',
            'competing-flows': 'pass',
            'integration-user': 'pass',
            endpoint: 'pass',
            'genesys.token': 'pass',
            ...Object.fromEntries(ROLE.map((p) => [`permission.${p}`, 'pass'])),
            'queue.q-support': 'pass',
            'queue.q-billing': 'pass',
            'wrapup.q-support': 'pass',
            'wrapup.q-billing': 'pass',
            'agent.u-ada': 'pass',
        })
        expect(standIn.admin.conversationIds()).toEqual([])
        // Write probes were refused for the unknown ids (404/400), never 403.
        expect(trail(standIn).filter((t) => /replace|parkingstate|wrapup$|conversations\/emails$/.test(t))).toEqual([
            'POST /api/v2/conversations/emails',
            'POST /api/v2/conversations/00000000-0000-0000-0000-000000000000/participants/00000000-0000-0000-0000-000000000000/replace/queue',
            'POST /api/v2/conversations/00000000-0000-0000-0000-000000000000/participants/00000000-0000-0000-0000-000000000000/replace/agent',
            'PATCH /api/v2/conversations/emails/00000000-0000-0000-0000-000000000000/participants/00000000-0000-0000-0000-000000000000/parkingstate',
            'POST /api/v2/conversations/emails/00000000-0000-0000-0000-000000000000/participants/00000000-0000-0000-0000-000000000000/communications/00000000-0000-0000-0000-000000000000/wrapup',
        ])
    })

    it('probes exactly the permissions of the shipped role, each with a named call', () => {
        expect(PERMISSION_PROBES.map((p) => p.permission).sort()).toEqual([...ROLE].sort())
        for (const probe of PERMISSION_PROBES) expect(probe.call).toMatch(/^(GET|POST|PATCH) \/api\/v2\//)
    })
})

describe('setup check: each line fails (or warns) when its fact is wrong', () => {
    it('token: wrong client secret -> fail, and no other Genesys line runs', () => {
        const lines = runSetupCheck(deps({ clientSecret: 'wrong' }))
        expect(byId(lines, 'genesys.token')).toMatchObject({ verdict: 'fail', detail: expect.stringMatching(/^auth/) })
        expect(byId(lines, 'genesys.skipped').verdict).toBe('warn')
        expect(lines.some((l) => l.id.startsWith('permission.'))).toBe(false)
    })

    it('Genesys down after the token: the token line passes, the failure is named as Genesys not answering', () => {
        const base = deps()
        const unavailable = { kind: 'unavailable' as const, status: 503, message: 'HTTP 503: Service Unavailable' }
        const lines = runSetupCheck({ ...base, genesys: { ...base.genesys, listQueues: () => err(unavailable) } })
        expect(byId(lines, 'genesys.token').verdict).toBe('pass')
        expect(byId(lines, 'genesys.reachable')).toMatchObject({
            verdict: 'fail',
            detail: expect.stringMatching(/^unavailable 503: .*run the setup check again shortly\.$/),
        })
        expect(lines.some((l) => l.id.startsWith('permission.'))).toBe(false)
    })

    it.each(ROLE.filter((p) => p !== 'conversation:communication:disconnect'))(
        'permission %s missing -> its line fails with 403 missing.permissions, the others pass',
        (permission) => {
            standIn.admin.setGrantedPermissions(ROLE.filter((p) => p !== permission))
            const lines = runSetupCheck(deps())
            const permissionLines = lines.filter((l) => l.id.startsWith('permission.'))
            expect(permissionLines.filter((l) => l.verdict !== 'pass').map((l) => l.id)).toEqual([
                `permission.${permission}`,
            ])
            expect(byId(lines, `permission.${permission}`).detail).toContain('403 missing.permissions')
        }
    )

    it('permission conversation:communication:disconnect: fails when the PATCH has none of its ANY-of permissions', () => {
        const without = [
            'conversation:communication:disconnect',
            'conversation:participant:wrapup',
            'conversation:email:park',
        ]
        standIn.admin.setGrantedPermissions(ROLE.filter((p) => !without.includes(p)))
        const lines = runSetupCheck(deps())
        expect(byId(lines, 'permission.conversation:communication:disconnect').verdict).toBe('fail')
        // With the shipped role it passes, saying what the 404 can and cannot prove.
        standIn.admin.setGrantedPermissions(ROLE)
        expect(byId(runSetupCheck(deps()), 'permission.conversation:communication:disconnect').detail).toMatch(
            /also accepts/
        )
    })

    it('a probe Genesys cannot answer (503) warns instead of guessing', () => {
        standIn.admin.injectFault({
            method: 'PATCH',
            path: '/api/v2/conversations/emails/*/participants/*/parkingstate',
            times: 10,
            fault: { kind: 'status', status: 503 },
        })
        const line = byId(runSetupCheck(deps()), 'permission.conversation:email:park')
        expect(line).toMatchObject({ verdict: 'warn', detail: expect.stringContaining('could not probe') })
    })

    it('queues: an unknown queue fails, a renamed one warns, none mapped fails', () => {
        const lines = runSetupCheck(
            deps({
                config: {
                    queues: [
                        { queueId: 'q-support', name: 'Customer Support' },
                        { queueId: 'q-nowhere', name: 'Nowhere' },
                    ],
                },
            })
        )
        expect(byId(lines, 'queue.q-support')).toMatchObject({
            verdict: 'warn',
            detail: expect.stringContaining('"Support"'),
        })
        expect(byId(lines, 'queue.q-nowhere').verdict).toBe('fail')
        expect(byId(lines, 'wrapup.q-nowhere').verdict).toBe('fail')
        expect(byId(runSetupCheck(deps({ config: { queues: [] } })), 'queues').verdict).toBe('fail')
    })

    it('wrap-up codes: a code the queue does not have fails for that queue; an empty code fails', () => {
        standIn.admin.seedQueues([{ id: 'q-sales', name: 'Sales' }])
        standIn.admin.seedWrapupCodes('q-sales', [{ id: 'wc-solved', name: 'Solved' }])
        const queues = [
            { queueId: 'q-support', name: 'Support' },
            { queueId: 'q-sales', name: 'Sales' },
        ]
        const lines = runSetupCheck(deps({ config: { queues } }))
        expect(byId(lines, 'wrapup.q-support').verdict).toBe('pass')
        expect(byId(lines, 'wrapup.q-sales')).toMatchObject({
            verdict: 'fail',
            detail: 'case-created code wc-case is not a code of this queue',
        })
        const upper = runSetupCheck(deps({ config: { defaultWrapupCode: 'WC-SOLVED' } }))
        expect(byId(upper, 'wrapup.q-support').verdict).toBe('pass')
        const empty = runSetupCheck(deps({ config: { defaultWrapupCode: ' ' } }))
        expect(byId(empty, 'wrapup.q-support')).toMatchObject({
            verdict: 'fail',
            detail: expect.stringContaining('default'),
        })
    })

    it('agents: inactive, deleted and unknown Genesys users fail; no mapping warns', () => {
        const lines = runSetupCheck(
            deps({
                agents: [
                    { genesysUserId: 'u-ada', name: 'Ada' },
                    { genesysUserId: 'u-bob', name: 'Bob' },
                    { genesysUserId: 'u-gone', name: 'Gone' },
                    { genesysUserId: 'u-none', name: 'None' },
                ],
            })
        )
        expect(verdicts(lines.filter((l) => l.id.startsWith('agent.')))).toEqual({
            'agent.u-ada': 'pass',
            'agent.u-bob': 'fail',
            'agent.u-gone': 'fail',
            'agent.u-none': 'fail',
        })
        expect(byId(lines, 'agent.u-bob').detail).toBe('Bob is inactive in Genesys.')
        expect(byId(runSetupCheck(deps({ agents: [] })), 'agents').verdict).toBe('warn')
    })

    it.each([
        ['', 'is empty'],
        ['PureCloud Email', "Genesys's own email provider"],
        [' purecloud email ', "Genesys's own email provider"],
    ])('provider %j -> fail (%s)', (provider, reason) => {
        expect(byId(runSetupCheck(deps({ config: { provider } })), 'provider')).toMatchObject({
            verdict: 'fail',
            detail: expect.stringContaining(reason),
        })
    })

    it('unreadable properties fail and skip the lines that need them', () => {
        const lines = runSetupCheck(deps({ config: 'broken' }))
        expect(byId(lines, 'config')).toMatchObject({
            verdict: 'fail',
            detail: 'x_gcer.genesys.queue_mappings: is not valid JSON',
        })
        expect(lines.some((l) => l.id.startsWith('queue.') || l.id === 'provider')).toBe(false)
        expect(byId(lines, 'genesys.token').verdict).toBe('pass')
    })

    it('mailboxes: none configured fails', () => {
        expect(byId(runSetupCheck(deps({ facts: { configuredMailboxes: () => [] } })), 'mailboxes').verdict).toBe(
            'fail'
        )
    })

    it('competing Email Interaction for CSM flows active -> warn naming them', () => {
        const line = byId(
            runSetupCheck(deps({ facts: { activeCompetingEmailFlows: () => ['Email Interaction for CSM'] } })),
            'competing-flows'
        )
        expect(line).toMatchObject({ verdict: 'warn', detail: expect.stringContaining('Email Interaction for CSM') })
    })

    it.each([
        ['missing', { exists: false }, 'No user'],
        ['inactive', { active: false }, 'inactive'],
        ['without snc_internal', { roles: ['x_gcer.integration'] }, 'lacks snc_internal'],
    ])('integration user %s -> fail', (_name, change, reason) => {
        const user = { ...USER, ...change }
        const line = byId(runSetupCheck(deps({ facts: { integrationUser: () => user } })), 'integration-user')
        expect(line).toMatchObject({ verdict: 'fail', detail: expect.stringContaining(reason) })
    })

    it('events endpoint not reachable by the integration user -> fail with the reason', () => {
        const facts = {
            eventsEndpointReachable: () => ({ reachable: false, detail: 'ACL requires x_gcer.integration' }),
        }
        expect(byId(runSetupCheck(deps({ facts })), 'endpoint')).toMatchObject({
            verdict: 'fail',
            detail: 'ACL requires x_gcer.integration',
        })
    })
})

describe('setup check: offline lines and the text table', () => {
    it('runs the offline lines without any Genesys call (for ATF on an instance without Genesys)', () => {
        const before = standIn.admin.requests().length
        const { config, platform } = deps()
        const lines = runOfflineSetupCheck({ config, platform })
        expect(lines.map((l) => l.id)).toEqual([
            'config',
            'provider',
            'mailboxes',
            'competing-flows',
            'integration-user',
            'endpoint',
        ])
        expect(standIn.admin.requests()).toHaveLength(before)
    })

    it('formats a readable table with a verdict per line and the totals', () => {
        const text = formatSetupCheck([
            { id: 'a', label: 'Provider name valid', verdict: 'pass', detail: 'ServiceNow CSM' },
            {
                id: 'b',
                label: 'Mailboxes configured',
                verdict: 'fail',
                detail: 'No inbound mailbox routes to Genesys.',
            },
            { id: 'c', label: 'Flows', verdict: 'warn', detail: 'Active: X' },
        ])
        expect(text).toBe(
            [
                'VERDICT | CHECK                | DETAIL',
                '--------+----------------------+-------',
                'PASS    | Provider name valid  | ServiceNow CSM',
                'FAIL    | Mailboxes configured | No inbound mailbox routes to Genesys.',
                'WARN    | Flows                | Active: X',
                '',
                '1 pass, 1 warn, 1 fail',
            ].join('\n')
        )
    })
})
