import { runOfflineSetupCheck } from '../../src/app/setup-check'
import { PROPERTY } from '../../src/platform/property-names'
import { createConfigSource, systemProperties } from '../../src/platform/settings/property-source'
import { createPlatformFacts, INTEGRATION_USER_ROLES } from '../../src/platform/setup/platform-facts'
import { offlineSetupCheck, setupCheck } from '../../src/server/setup-check'
import { setupCheckAction } from '../../src/server/ui-actions/setup-check-action'
import {
    activatePlugins,
    resetGlide,
    seedRecord,
    sessionMessageList,
    setCurrentUser,
    setProperty,
} from '../fakes/glide'

// The setup check's platform facts over the Glide fakes. Tables: sys_user (user_name, active) and
// sys_user_role (name) from the SDK's own definitions (@servicenow/sdk-core dist/fluent/tables);
// sys_user_has_role (user, role) per the User Roles table (tests/fakes/glide/platform/documented-tables.ts).
// Email Interaction for CSM's flows: sys_hub_flow by name and active (see email-interaction-coexistence.test.ts).
const QUEUE = '11111111-2222-4333-8444-555555555555'
const facts = () => createPlatformFacts(systemProperties)

function role(name: string): string {
    return seedRecord('sys_user_role', { name })
}

function integrationUser(options: { active?: boolean; roles?: readonly string[] } = {}): string {
    const user = seedRecord('sys_user', { user_name: 'genesys.integration', active: options.active ?? true })
    for (const name of options.roles ?? []) seedRecord('sys_user_has_role', { user, role: role(name) })
    return user
}

beforeEach(() => {
    resetGlide()
    setProperty(PROPERTY.provider, 'ServiceNow CSM')
    setProperty(PROPERTY.queueMappings, JSON.stringify([{ queueId: QUEUE, name: 'Billing', default: true }]))
    setProperty(PROPERTY.inboundMailboxes, 'support@acme.com, billing@acme.com')
    setProperty(PROPERTY.integrationUserName, 'genesys.integration')
})

describe('the integration user (x_gcer.integration.user_name)', () => {
    it('passes when it exists, is active and holds x_gcer.integration and snc_internal', () => {
        integrationUser({ roles: ['x_gcer.integration', 'snc_internal', 'itil'] })
        expect(facts().integrationUser()).toEqual({
            userName: 'genesys.integration',
            exists: true,
            active: true,
            roles: ['x_gcer.integration', 'snc_internal'],
            requiredRoles: [...INTEGRATION_USER_ROLES],
        })
        expect(facts().eventsEndpointReachable()).toEqual({
            reachable: true,
            detail: "POST /api/x_gcer/genesys/events: genesys.integration holds x_gcer.integration (the endpoint's ACL role).",
        })
    })

    it('names the missing role, and the endpoint refuses a user without the ACL role', () => {
        integrationUser({ roles: ['snc_internal'] })
        const lines = runOfflineSetupCheck({ config: createConfigSource(), platform: facts() })
        expect(lines.find((l) => l.id === 'integration-user')).toMatchObject({
            verdict: 'fail',
            detail: 'genesys.integration lacks x_gcer.integration.',
        })
        expect(lines.find((l) => l.id === 'endpoint')).toMatchObject({
            verdict: 'fail',
            detail: expect.stringContaining('lacks x_gcer.integration; the ACL refuses it (403)'),
        })
    })

    it('a role that exists but is not granted to this user does not count', () => {
        integrationUser({ roles: ['x_gcer.integration'] })
        const other = seedRecord('sys_user', { user_name: 'someone.else', active: true })
        seedRecord('sys_user_has_role', { user: other, role: role('snc_internal') })
        expect(facts().integrationUser().roles).toEqual(['x_gcer.integration'])
    })

    it('fails an inactive user, for the user line and the endpoint', () => {
        integrationUser({ active: false, roles: ['x_gcer.integration', 'snc_internal'] })
        expect(facts().integrationUser()).toMatchObject({ exists: true, active: false })
        expect(facts().eventsEndpointReachable()).toMatchObject({
            reachable: false,
            detail: expect.stringContaining('inactive'),
        })
    })

    it('fails an unknown user name, and says when the property is not set', () => {
        expect(facts().integrationUser()).toMatchObject({ userName: 'genesys.integration', exists: false })
        setProperty(PROPERTY.integrationUserName, '  ')
        expect(facts().integrationUser()).toMatchObject({
            userName: '(x_gcer.integration.user_name is not set)',
            exists: false,
        })
        expect(facts().eventsEndpointReachable().reachable).toBe(false)
    })
})

describe('mailboxes and competing flows', () => {
    it('lists the configured mailboxes; none when the property is empty or malformed', () => {
        expect(facts().configuredMailboxes()).toEqual(['support@acme.com', 'billing@acme.com'])
        setProperty(PROPERTY.inboundMailboxes, '')
        expect(facts().configuredMailboxes()).toEqual([])
        setProperty(PROPERTY.inboundMailboxes, 'not an address')
        expect(facts().configuredMailboxes()).toEqual([])
    })

    it('names the active Email Interaction for CSM flows only while the plugin is active', () => {
        seedRecord('sys_hub_flow', { name: 'Create Interaction from Email', active: true })
        seedRecord('sys_hub_flow', { name: 'Update Interaction from Email', active: false })
        expect(facts().activeCompetingEmailFlows()).toEqual([])
        activatePlugins('sn_eaai_csm')
        expect(facts().activeCompetingEmailFlows()).toEqual(['Create Interaction from Email'])
    })
})

describe('the server module and the Run setup check action', () => {
    const admin = () => setCurrentUser({ sysId: 'u-admin', userName: 'admin.ada', roles: ['x_gcer.admin'] })

    it('the offline check over the platform: every offline line, pass on a good setup', () => {
        integrationUser({ roles: ['x_gcer.integration', 'snc_internal'] })
        admin()
        const report = offlineSetupCheck()
        expect(report.ran).toBe(true)
        expect(report.lines.map((l) => [l.id, l.verdict])).toEqual([
            ['config', 'pass'],
            ['provider', 'pass'],
            ['mailboxes', 'pass'],
            ['competing-flows', 'pass'],
            ['integration-user', 'pass'],
            ['endpoint', 'pass'],
        ])
        expect(report.text).toContain('6 pass, 0 warn, 0 fail')
    })

    it('the offline check fails what is wrong: no mailbox, an active competing flow (warn), no user', () => {
        admin()
        setProperty(PROPERTY.inboundMailboxes, '')
        activatePlugins('sn_eaai_csm')
        seedRecord('sys_hub_flow', { name: 'Create Interaction from Email', active: true })
        const verdicts = Object.fromEntries(offlineSetupCheck().lines.map((l) => [l.id, l.verdict]))
        expect(verdicts).toMatchObject({
            mailboxes: 'fail',
            'competing-flows': 'warn',
            'integration-user': 'fail',
            endpoint: 'fail',
        })
    })

    it('is for app admins only: an agent gets the reason and no line', () => {
        setCurrentUser({ sysId: 'u-agent', userName: 'agent.bo', roles: ['x_gcer.agent'] })
        expect(offlineSetupCheck()).toMatchObject({ ran: false, lines: [] })
        expect(setupCheck()).toMatchObject({ ran: false, text: expect.stringContaining('x_gcer.admin') })
    })

    it('the full check without a configured Genesys connection fails the token line and skips Genesys', () => {
        admin()
        integrationUser({ roles: ['x_gcer.integration', 'snc_internal'] })
        const lines = setupCheck().lines
        expect(lines.find((l) => l.id === 'genesys.token')).toMatchObject({ verdict: 'fail' })
        expect(lines[lines.length - 1]).toMatchObject({ id: 'genesys.skipped', verdict: 'warn' })
    })

    it('the UI action shows one message per line, failures as errors, and the counts', () => {
        admin()
        setupCheckAction()
        const messages = sessionMessageList()
        expect(messages.find((m) => m.message.startsWith('FAIL - Genesys token obtained'))?.type).toBe('error')
        expect(messages.find((m) => m.message.startsWith('PASS - Mailboxes configured'))?.type).toBe('info')
        expect(messages[messages.length - 1].message).toMatch(/^Setup check: \d+ pass, \d+ warn, \d+ fail\.$/)
    })
})
