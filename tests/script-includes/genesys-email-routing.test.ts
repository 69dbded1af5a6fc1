import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'

const ROOT = join(__dirname, '..', '..')
const BILLING = '6f2b0d2e-1c0a-4a7e-9b5e-0c1d2e3f4a5b'
const warnings: string[] = []

/** Loads the bundled script the way the instance does: a plain script run in a scope with Class. */
function loadScriptInclude(
    properties: Record<string, string> = {},
    instance: { plugins?: string[]; activeFlows?: string[] } = {}
): {
    new (): Record<string, (...args: unknown[]) => unknown>
} {
    execFileSync('node', ['scripts/build-includes.mjs'], { cwd: ROOT, stdio: 'pipe' })
    const script = readFileSync(join(ROOT, 'build', 'script-includes', 'genesys-email-routing.js'), 'utf8')
    const Class = {
        create: () =>
            function (this: { initialize?: () => void }) {
                this.initialize?.()
            },
    }
    // The instance's globals the bundle reads: gs for properties and log lines.
    const gs = {
        getProperty: (name: string, fallback: unknown) => (name in properties ? properties[name] : fallback),
        warn: (message: string) => warnings.push(message),
        info: () => undefined,
        error: () => undefined,
    }
    // GlidePluginManager.isActive (scoped API, @servicenow/glide src/types/GlidePluginManager.d.ts) and a
    // sys_hub_flow GlideRecord answering "active flow of this name?" for the coexistence check.
    const GlidePluginManager = { isActive: (id: string) => (instance.plugins || []).includes(id) }
    const GlideRecord = function (this: Record<string, unknown>, table: string) {
        let name = ''
        let found = false
        this.addQuery = (field: string, value: unknown) => {
            if (table === 'sys_hub_flow' && field === 'name') name = String(value)
        }
        this.setLimit = () => undefined
        this.query = () => {
            found = (instance.activeFlows || []).includes(name)
        }
        this.next = () => found
    }
    const scope: Record<string, unknown> = { Class, gs, GlidePluginManager, GlideRecord }
    runInNewContext(`${script}\nthis.GenesysEmailRouting = GenesysEmailRouting`, scope)
    return scope.GenesysEmailRouting as ReturnType<typeof loadScriptInclude>
}

describe('GenesysEmailRouting script include (bundled TypeScript)', () => {
    const GenesysEmailRouting = loadScriptInclude()

    it('is a Class.create class whose type matches the record name', () => {
        expect(new GenesysEmailRouting().type).toBe('GenesysEmailRouting')
    })

    it('validates a good queue mapping', () => {
        const json = JSON.stringify([{ queueId: BILLING, name: 'Billing', default: true }])
        expect(new GenesysEmailRouting().validateQueueMappings(json)).toEqual({
            valid: true,
            queues: 1,
            errors: [],
            message: '',
        })
    })

    it('explains a bad queue mapping precisely', () => {
        const result = new GenesysEmailRouting().validateQueueMappings('[{"queueId": "nope"}]') as { message: string }
        expect(result).toMatchObject({ valid: false, queues: 0 })
        expect(result.message).toBe(
            '[0].queueId: [0].queueId must be a Genesys queue id (a UUID); [0].name: [0].name must be a non-empty string of at most 100 characters'
        )
    })
})

describe('GenesysEmailRouting.acceptsNewEmail (condition of the new-email inbound action)', () => {
    const mailbox = {
        'x_gcer.email.inbound_addresses': 'support@acme.com, billing@acme.com',
        'x_gcer.genesys.provider': 'ServiceNow',
        'x_gcer.genesys.queue_mappings': JSON.stringify([{ queueId: BILLING, name: 'Billing', default: true }]),
    }

    it('takes email sent to a configured mailbox, by To or Cc', () => {
        const include = new (loadScriptInclude(mailbox))()
        expect(include.acceptsNewEmail({ recipients: 'Acme Support <Support@acme.com>' })).toBe(true)
        expect(include.acceptsNewEmail({ to: 'someone@acme.com', copied: 'billing@acme.com' })).toBe(true)
    })

    it('leaves other email to other inbound actions', () => {
        const include = new (loadScriptInclude(mailbox))()
        expect(include.acceptsNewEmail({ recipients: 'hr@acme.com' })).toBe(false)
    })

    it('takes no email until a mailbox is configured', () => {
        expect(new (loadScriptInclude())().acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
    })

    it('takes no email, and warns, when the property is malformed', () => {
        warnings.length = 0
        const include = new (loadScriptInclude({ 'x_gcer.email.inbound_addresses': 'support' }))()
        expect(include.acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
        expect(warnings).toEqual([expect.stringContaining('x_gcer.email.inbound_addresses must be email addresses')])
    })

    it('stands aside, with a warning, while no queue can take the email', () => {
        warnings.length = 0
        const include = new (loadScriptInclude({ ...mailbox, 'x_gcer.genesys.queue_mappings': '[]' }))()
        expect(include.acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
        expect(warnings).toEqual([expect.stringContaining('no default queue is mapped')])
    })

    it('stands aside while the routing configuration is broken', () => {
        warnings.length = 0
        const include = new (loadScriptInclude({ ...mailbox, 'x_gcer.genesys.queue_mappings': '[{' }))()
        expect(include.acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
        expect(warnings).toEqual([expect.stringContaining('x_gcer.genesys.queue_mappings invalid queue mappings')])
    })

    it('stands aside, naming the flow to deactivate, while Email Interaction for CSM would take the email', () => {
        warnings.length = 0
        const eaai = { plugins: ['sn_eaai_csm'], activeFlows: ['Create Interaction from Email'] }
        const include = new (loadScriptInclude(mailbox, eaai))()
        expect(include.acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
        expect(warnings).toEqual([expect.stringContaining('"Create Interaction from Email" handle inbound email')])
        expect(include.emailInteractionCoexistence()).toMatchObject({ active: true, conflict: true })
    })

    it('leaves an auto-reply sent to the mailbox alone', () => {
        const include = new (loadScriptInclude(mailbox))()
        const outOfOffice = { recipients: 'support@acme.com', headers: 'Auto-Submitted: auto-replied\n' }
        expect(include.acceptsNewEmail(outOfOffice)).toBe(false)
    })

    it('takes a person reply but not an out-of-office answer (reply action condition)', () => {
        const include = new (loadScriptInclude())()
        expect(include.acceptsReply({ headers: 'From: carla@example.com\n' })).toBe(true)
        expect(include.acceptsReply({ headers: 'Precedence: auto_reply\n' })).toBe(false)
    })
})
