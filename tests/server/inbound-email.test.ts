import { inboundEmailEvent } from '../support/inbound-email-event'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { customerReplyEmail, newCustomerEmail } from '../../src/server/inbound-email'
import { GlideRecord } from '@servicenow/glide'
import {
    allRecords,
    attachmentsOf,
    logLines,
    readRecord,
    refuseInserts,
    seedAttachment,
    seedRecord,
} from '../fakes/glide'
import { GENESYS_ERRORS, scriptedGenesys, type ScriptedGenesys } from '../app/support/scripted-genesys'
import { freshInstance, measure, PARTICIPANT, QUEUE, seedInteraction } from './support/instance'

let mockGenesys: ScriptedGenesys
jest.mock('../../src/platform/genesys/platform-genesys-api', () => ({
    createPlatformGenesysApi: () => mockGenesys.api,
}))

/** The received sys_email and the email.read event pointing at it, as the platform hands them over. */
function received(subject: string, from = 'carla@example.com') {
    const emailSysId = seedRecord('sys_email', { type: 'received', subject, body: 'PRIVATE BODY' })
    const event = inboundEmailEvent(emailSysId)
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

/** `current` of a new-email action: an unsaved interaction the platform initialized. */
function unsavedCurrent(): GlideRecord {
    const current = new GlideRecord('interaction')
    current.initialize()
    return current
}

/** `current` of a reply action: the interaction the platform matched, loaded. */
function matched(sysId: string): GlideRecord {
    const current = new GlideRecord('interaction')
    expect(current.get(sysId)).toBe(true)
    return current
}

/** The received sys_email as the engine left it, to prove the app never touched it. */
const untouched = (emailSysId: string) => readRecord('sys_email', emailSysId)

let alice: string
beforeEach(() => {
    ;({ alice } = freshInstance())
    mockGenesys = scriptedGenesys()
})

describe('new customer email', () => {
    it('is not routed when the platform refuses the interaction: a warning, no Genesys call, and other actions may take it', () => {
        refuseInserts('interaction')
        const { emailSysId, event, email } = received('Invoice 42 is wrong')
        newCustomerEmail(unsavedCurrent(), event, email)
        // Processing is not stopped: the platform's next inbound action (a case, an incident) gets the email.
        expect(event.getValue('state')).toBeNull()
        expect(allRecords('interaction')).toEqual([])
        expect(allRecords('x_gcer_outbox')).toEqual([])
        expect(mockGenesys.calls).toEqual([])
        expect(logLines('warn').map((l) => l.message)).toEqual([
            `[x_gcer] new email: email ${emailSysId} not routed: interaction_not_created`,
        ])
        expect(readRecord('sys_email', emailSysId)?.target_table ?? null).toBeNull()
    })

    it('stops the later inbound actions once it took the email, so it never also becomes a case or incident', () => {
        const { event, email } = received('Invoice 42 is wrong')
        newCustomerEmail(unsavedCurrent(), event, email)
        expect(allRecords('interaction')).toHaveLength(1)
        expect(event.getValue('state')).toBe('stop_processing')
    })

    it('fills and inserts `current` as the queued interaction, routes it to Genesys, leaves sys_email to the engine', () => {
        const account = seedRecord('customer_account', { name: 'Acme' })
        const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com', account })
        const { emailSysId, event, email } = received('Invoice 42 is wrong')
        seedAttachment('sys_email', emailSysId, 'invoice-42.pdf')
        const before = untouched(emailSysId)
        const current = unsavedCurrent()
        const run = measure(() => newCustomerEmail(current, event, email))
        // One interaction, and it is `current` (SDK inbound-email-action-guide: new -> current.insert()).
        const rows = allRecords('interaction')
        expect(rows).toHaveLength(1)
        const [row] = rows
        expect(current.isNewRecord()).toBe(false)
        expect(current.getUniqueValue()).toBe(row.sys_id)
        expect(current.getValue('x_gcer_conversation_id')).toBe(row.x_gcer_conversation_id)
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
                        attributes: { servicenowInteraction: row.number, servicenowInteractionSysId: row.sys_id },
                    }),
                ],
            },
        ])
        expect(row.x_gcer_conversation_id).toMatch(/^c0000000-/)
        // The email engine links the email and copies its attachments to `current`; the app does neither.
        expect(run.tables.sys_email).toBeUndefined()
        expect(untouched(emailSysId)).toEqual(before)
        expect(attachmentsOf('interaction', row.sys_id as string)).toEqual([])
        expect(allRecords('x_gcer_routing_event')).toEqual([
            expect.objectContaining({ event: 'email_received', to_status: 'queued', outcome: 'applied' }),
        ])
    })

    it('keeps the email when Genesys is down: the create call waits in the outbox', () => {
        mockGenesys.goDown(GENESYS_ERRORS.unavailable())
        const { event, email } = received('Help')
        newCustomerEmail(unsavedCurrent(), event, email)
        expect(allRecords('interaction')).toHaveLength(1)
        expect(allRecords('x_gcer_outbox')).toEqual([
            expect.objectContaining({ operation: 'create_conversation', state: 'pending' }),
        ])
    })

    it('never writes the email body to the log', () => {
        const { logLines } = jest.requireActual('../fakes/glide') as typeof import('../fakes/glide')
        const { event, email } = received('Subject line')
        newCustomerEmail(unsavedCurrent(), event, email)
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

    it('to a parked interaction: `current` is updated in place to connected, same owner; the chained reply un-parks it in Genesys', () => {
        const id = seedInteraction('parked', { assigned_to: alice, x_gcer_participant_id: PARTICIPANT })
        const { emailSysId, event, email } = received('RE: Invoice')
        const before = untouched(emailSysId)
        const current = matched(id)
        const run = measure(() => customerReplyEmail(current, event, email))
        expect(readRecord('interaction', id)).toMatchObject({
            x_gcer_routing_status: 'connected',
            state: 'work_in_progress',
            assigned_to: alice,
        })
        // SDK inbound-email-action-guide: reply -> current.update(); the app reads no second copy of it.
        expect(current.getValue('x_gcer_routing_status')).toBe('connected')
        expect(run.tables.interaction).toEqual({ reads: 0, writes: 1 })
        expect(allRecords('interaction')).toHaveLength(1)
        expect(mockGenesys.callsOf('postInboundMessage')).toHaveLength(1)
        expect(untouched(emailSysId)).toEqual(before)
    })

    it('to a closed interaction: a new queued interaction, parent_interaction = the closed one, follows the same conversation', () => {
        const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })
        const closed = seedInteraction('closed', { assigned_to: alice, contact })
        const { emailSysId, event, email } = received('RE: Invoice')
        seedAttachment('sys_email', emailSysId, 'photo.jpg')
        const before = untouched(emailSysId)
        customerReplyEmail(matched(closed), event, email)
        const followUp = allRecords('interaction').find((r) => r.sys_id !== closed)
        expect(followUp).toMatchObject({
            parent_interaction: closed,
            contact,
            x_gcer_routing_status: 'queued',
            state: 'new',
        })
        expect(followUp?.assigned_to ?? null).toBeNull()
        expect(readRecord('interaction', closed)?.x_gcer_routing_status).toBe('closed')
        expect(mockGenesys.calls.map((c) => c.method)).toEqual(['postInboundMessage'])
        expect(followUp?.x_gcer_conversation_id).toBe(readRecord('interaction', closed)?.x_gcer_conversation_id)
        // The engine keeps the email on the matched (closed) interaction; the follow-up gets the files.
        expect(untouched(emailSysId)).toEqual(before)
        expect(attachmentsOf('interaction', followUp?.sys_id as string)).toEqual(['photo.jpg'])
    })

    it('to an interaction the app does not route: logged, nothing changes', () => {
        const foreign = seedRecord('interaction', { type: 'chat', short_description: 'chat' })
        const { event, email } = received('RE: chat')
        const run = measure(() => customerReplyEmail(matched(foreign), event, email))
        expect(run.writes).toBe(0)
        expect(mockGenesys.calls).toEqual([])
    })
})

describe('the documented inbound email action variables', () => {
    // The SDK wraps a module function with (current, event, email, logger, classifier), in that order
    // (node_modules/@servicenow/sdk/docs/guides/inbound-email-action-guide.md, "Script Context").
    const guide = readFileSync(
        join(__dirname, '../../node_modules/@servicenow/sdk/docs/guides/inbound-email-action-guide.md'),
        'utf8'
    )
    const section = guide.slice(guide.indexOf('### Script Context'), guide.indexOf('### Filtering'))
    const documented = [...section.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1])
    const parameters = (fn: (...args: never[]) => unknown) =>
        /^function\s*\w*\(([^)]*)\)/
            .exec(fn.toString())?.[1]
            .split(',')
            .map((p) =>
                p
                    .trim()
                    .replace(/^_/, '')
                    .replace(/[?:=].*$/, '')
            )

    it('are current, event, email, logger, classifier', () => {
        expect(documented).toEqual(['current', 'event', 'email', 'logger', 'classifier'])
    })

    it.each([
        ['new customer email', newCustomerEmail],
        ['customer reply', customerReplyEmail],
    ])('%s takes them in the documented order', (_name, fn) => {
        expect(parameters(fn as (...args: never[]) => unknown)).toEqual(documented)
    })
})
