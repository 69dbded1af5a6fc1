import { acceptsNewEmail, acceptsReply, validateQueueMappings } from '../../src/server/public-api'
import { logLines, resetGlide, setProperty } from '../fakes/glide'

/**
 * The module behind the public script include x_gcer.GenesysEmailRouting (its bridge is
 * fluent/script-includes/genesys-email-routing.js, checked in tests/script-includes/bridges.test.ts).
 */
const BILLING = '6f2b0d2e-1c0a-4a7e-9b5e-0c1d2e3f4a5b'

function configure(properties: Record<string, string>): void {
    for (const [name, value] of Object.entries(properties)) setProperty(name, value)
}

const warnings = () => logLines('warn').map((l) => l.message)

beforeEach(() => resetGlide())

describe('GenesysEmailRouting.validateQueueMappings', () => {
    it('validates a good queue mapping', () => {
        const json = JSON.stringify([{ queueId: BILLING, name: 'Billing', default: true }])
        expect(validateQueueMappings(json)).toEqual({ valid: true, queues: 1, errors: [], message: '' })
    })

    it('explains a bad queue mapping precisely', () => {
        const result = validateQueueMappings('[{"queueId": "nope"}]')
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
        configure(mailbox)
        expect(acceptsNewEmail({ recipients: 'Acme Support <Support@acme.com>' })).toBe(true)
        expect(acceptsNewEmail({ to: 'someone@acme.com', copied: 'billing@acme.com' })).toBe(true)
    })

    it('leaves other email to other inbound actions', () => {
        configure(mailbox)
        expect(acceptsNewEmail({ recipients: 'hr@acme.com' })).toBe(false)
    })

    it('takes no email until a mailbox is configured', () => {
        expect(acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
    })

    it('takes no email, and warns, when the property is malformed', () => {
        configure({ 'x_gcer.email.inbound_addresses': 'support' })
        expect(acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
        expect(warnings()).toEqual([expect.stringContaining('x_gcer.email.inbound_addresses must be email addresses')])
    })

    it('stands aside, with a warning, while no queue can take the email', () => {
        configure({ ...mailbox, 'x_gcer.genesys.queue_mappings': '[]' })
        expect(acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
        expect(warnings()).toEqual([expect.stringContaining('no default queue is mapped')])
    })

    it('stands aside while the routing configuration is broken', () => {
        configure({ ...mailbox, 'x_gcer.genesys.queue_mappings': '[{' })
        expect(acceptsNewEmail({ recipients: 'support@acme.com' })).toBe(false)
        expect(warnings()).toEqual([expect.stringContaining('x_gcer.genesys.queue_mappings invalid queue mappings')])
    })

    it('leaves an auto-reply sent to the mailbox alone', () => {
        configure(mailbox)
        const outOfOffice = { recipients: 'support@acme.com', headers: 'Auto-Submitted: auto-replied\n' }
        expect(acceptsNewEmail(outOfOffice)).toBe(false)
    })

    it('answers false, not an error, when the platform hands it no email', () => {
        configure(mailbox)
        expect(acceptsNewEmail(null)).toBe(false)
    })
})

describe('GenesysEmailRouting.acceptsReply (condition of the reply inbound action)', () => {
    it('takes a person reply but not an out-of-office answer', () => {
        expect(acceptsReply({ headers: 'From: carla@example.com\n' })).toBe(true)
        expect(acceptsReply({ headers: 'Precedence: auto_reply\n' })).toBe(false)
    })
})
