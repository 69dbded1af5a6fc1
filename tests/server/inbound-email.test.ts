import { customerReplyEmail, newCustomerEmail } from '../../src/server/inbound-email'
import { allRecords, logLines, readRecord, refuseInserts, seedRecord } from '../fakes/glide'
import { GENESYS_ERRORS, scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'
import { freshInstance, measure, PARTICIPANT, QUEUE, seedInteraction } from './support/instance'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

/** The received sys_email and the email.read event pointing at it, as the platform hands them over. */
function received(subject: string, from = 'carla@example.com') {
    const emailSysId = seedRecord('sys_email', { type: 'received', subject, body: 'PRIVATE BODY' })
    const event = { getValue: (field: string) => (field === 'instance' ? emailSysId : null) }
    const email = {
        subject,
        from,
        origemail: from,
        from_sys_id: '',
        direct: 'support@acme.com',
        to: 'support@acme.com,other@acme.com',
        headers: `Subject: ${subject}\nFrom: "Carla Díaz" <${from}>\n`,
        body_text: 'PRIVATE BODY',
    }
    return { emailSysId, event, email }
}

const matched = (sysId: string) => ({ getUniqueValue: () => sysId })

let alice: string
beforeEach(() => {
    ;({ alice } = freshInstance())
    mockGenesys = scriptedGenesys()
})

describe('new customer email', () => {
    it('is not routed when the platform refuses the interaction: a warning with the code, no Genesys call', () => {
        refuseInserts('interaction')
        const { emailSysId, event, email } = received('Invoice 42 is wrong')
        newCustomerEmail({}, event, email)
        expect(allRecords('interaction')).toEqual([])
        expect(allRecords('x_gcer_outbox')).toEqual([])
        expect(mockGenesys.calls).toEqual([])
        expect(logLines('warn').map((l) => l.message)).toEqual([
            `[x_gcer] new email: email ${emailSysId} not routed: interaction_not_created`,
        ])
        expect(readRecord('sys_email', emailSysId)?.target_table ?? null).toBeNull()
    })

    it('creates a queued interaction for the contact, routes it to Genesys and links the email', () => {
        const account = seedRecord('customer_account', { name: 'Acme' })
        const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com', account })
        const { emailSysId, event, email } = received('Invoice 42 is wrong')
        newCustomerEmail({}, event, email)
        const [row] = allRecords('interaction')
        expect(row).toMatchObject({
            type: 'email',
            state: 'new',
            x_gcer_routing_status: 'queued',
            short_description: 'Invoice 42 is wrong',
            contact,
            account,
            x_gcer_queue_id: QUEUE,
        })
        expect(mockGenesys.callsOf('createEmailConversation')).toEqual([
            {
                method: 'createEmailConversation',
                args: [
                    expect.objectContaining({
                        provider: 'ServiceNow',
                        queueId: QUEUE,
                        fromAddress: 'carla@example.com',
                        fromName: 'Carla Díaz',
                        toAddress: 'support@acme.com',
                        subject: 'Invoice 42 is wrong',
                    }),
                ],
            },
        ])
        expect(row.x_gcer_conversation_id).toMatch(/^c0000000-/)
        expect(readRecord('sys_email', emailSysId)).toMatchObject({ target_table: 'interaction', instance: row.sys_id })
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'email_received', to_status: 'queued', outcome: 'applied' }),
        ])
    })

    it('keeps the email when Genesys is down: the create call waits in the outbox', () => {
        mockGenesys.goDown(GENESYS_ERRORS.unavailable())
        const { event, email } = received('Help')
        newCustomerEmail({}, event, email)
        expect(allRecords('interaction')).toHaveLength(1)
        expect(allRecords('x_gcer_outbox')).toEqual([
            expect.objectContaining({ operation: 'create_conversation', state: 'pending' }),
        ])
    })

    it('never writes the email body to the log', () => {
        const { logLines } = jest.requireActual('../fakes/glide') as typeof import('../fakes/glide')
        const { event, email } = received('Subject line')
        newCustomerEmail({}, event, email)
        const text = logLines()
            .map((l) => l.message)
            .join('\n')
        expect(text).not.toContain('PRIVATE BODY')
        expect(text).not.toContain('carla@example.com')
    })
})

describe('customer reply', () => {
    it('to a connected interaction: owner and routing stay; the reply joins the Genesys conversation', () => {
        const id = seedInteraction('connected', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        const { emailSysId, event, email } = received('RE: Invoice')
        customerReplyEmail(matched(id), event, email)
        expect(readRecord('interaction', id)).toMatchObject({ x_gcer_routing_status: 'connected', assigned_to: alice })
        expect(mockGenesys.calls.map((c) => c.method)).toEqual(['postInboundMessage'])
        expect(readRecord('sys_email', emailSysId)?.instance ?? null).toBeNull()
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'customer_reply', outcome: 'applied' }),
        ])
    })

    it('to a parked interaction: back to connected with the same owner; the chained reply un-parks it in Genesys', () => {
        const id = seedInteraction('parked', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        const { event, email } = received('RE: Invoice')
        customerReplyEmail(matched(id), event, email)
        expect(readRecord('interaction', id)).toMatchObject({
            x_gcer_routing_status: 'connected',
            state: 'work_in_progress',
            assigned_to: alice,
        })
        expect(mockGenesys.callsOf('postInboundMessage')).toHaveLength(1)
    })

    it('to a closed interaction: a new queued interaction, parent = the closed one, follows the same conversation', () => {
        const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })
        const closed = seedInteraction('closed', { assigned_to: alice, contact })
        const { emailSysId, event, email } = received('RE: Invoice')
        customerReplyEmail(matched(closed), event, email)
        const followUp = allRecords('interaction').find((r) => r.sys_id !== closed)
        expect(followUp).toMatchObject({ parent: closed, contact, x_gcer_routing_status: 'queued', state: 'new' })
        expect(followUp?.assigned_to ?? null).toBeNull()
        expect(readRecord('interaction', closed)?.x_gcer_routing_status).toBe('closed')
        expect(mockGenesys.calls.map((c) => c.method)).toEqual(['postInboundMessage'])
        expect(followUp?.x_gcer_conversation_id).toBe(readRecord('interaction', closed)?.x_gcer_conversation_id)
        expect(readRecord('sys_email', emailSysId)).toMatchObject({ instance: followUp?.sys_id })
    })

    it('to an interaction the app does not route: logged, nothing changes', () => {
        const foreign = seedRecord('interaction', { type: 'chat', short_description: 'chat' })
        const { event, email } = received('RE: chat')
        const run = measure(() => customerReplyEmail(matched(foreign), event, email))
        expect(run.writes).toBe(0)
        expect(mockGenesys.calls).toEqual([])
    })
})
