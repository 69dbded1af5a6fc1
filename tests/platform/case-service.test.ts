import { GlideRecord } from '@servicenow/glide'
import { createCaseNotifier } from '../../src/platform/case-notifier'
import { createCaseService } from '../../src/platform/case-service'
import {
    allRecords,
    glideStats,
    logLines,
    queuedEvents,
    readRecord,
    resetGlide,
    resetGlideStats,
    refuseInserts,
    seedRecord,
} from '../fakes/glide'
import { expectOk } from '../app/support/expectations'

const draft = (interaction: string) => ({
    interaction,
    contact: null,
    account: null,
    shortDescription: 'Invoice',
    description: 'Body of the email',
})

beforeEach(() => resetGlide())

describe('case service', () => {
    it('creates the case and links it to the interaction (two writes, no read)', () => {
        const account = seedRecord('customer_account', { name: 'Acme' })
        const contact = seedRecord('customer_contact', { name: 'Carla', account })
        const interaction = seedRecord('interaction', { short_description: 'Invoice' })
        resetGlideStats()
        const created = expectOk(
            createCaseService().createAndLink({
                interaction,
                contact,
                account,
                shortDescription: 'Invoice',
                description: 'Body of the email',
            })
        )
        expect(glideStats()).toMatchObject({ reads: 0, writes: 2 })
        expect(created.number).toMatch(/^CS\d{7}$/)
        expect(readRecord('sn_customerservice_case', created.sysId)).toMatchObject({
            contact,
            account,
            short_description: 'Invoice',
            description: 'Body of the email',
            contact_type: 'email',
        })
        expect(allRecords('interaction_related_record')).toEqual([
            expect.objectContaining({
                interaction,
                document_table: 'sn_customerservice_case',
                document_id: created.sysId,
                type: 'task',
            }),
        ])
    })

    it('creates a case without contact or account', () => {
        const interaction = seedRecord('interaction', { short_description: 'x' })
        const created = expectOk(
            createCaseService().createAndLink({
                interaction,
                contact: null,
                account: null,
                shortDescription: 'x',
                description: '',
            })
        )
        expect(readRecord('sn_customerservice_case', created.sysId)).toMatchObject({ contact: null, account: null })
    })
})

describe('case service when the platform refuses an insert', () => {
    it.each([null, ''] as const)(
        'returns insert_failed and creates nothing when the case insert gives %j',
        (returns) => {
            const interaction = seedRecord('interaction', { short_description: 'Invoice' })
            refuseInserts('sn_customerservice_case', returns)
            const created = createCaseService().createAndLink(draft(interaction))
            expect(created).toMatchObject({
                ok: false,
                error: { code: 'insert_failed', table: 'sn_customerservice_case' },
            })
            expect(allRecords('sn_customerservice_case')).toEqual([])
            expect(allRecords('interaction_related_record')).toEqual([])
        }
    )

    it('takes the case back when its link is refused, so no unlinked case is left', () => {
        const interaction = seedRecord('interaction', { short_description: 'Invoice' })
        refuseInserts('interaction_related_record')
        const created = createCaseService().createAndLink(draft(interaction))
        expect(created).toMatchObject({
            ok: false,
            error: { code: 'insert_failed', table: 'interaction_related_record' },
        })
        expect(allRecords('sn_customerservice_case')).toEqual([])
    })
})

describe('why the app deletes a case (the one cross-scope delete it ships)', () => {
    it("a refused link and the agent's retry leave exactly one case, linked: the first is taken back", () => {
        const interaction = seedRecord('interaction', { short_description: 'Invoice' })
        const insert = GlideRecord.prototype.insert
        let refuseLink = true
        const spy = jest.spyOn(GlideRecord.prototype, 'insert').mockImplementation(function (this: GlideRecord) {
            if (refuseLink && this.getTableName() === 'interaction_related_record') {
                refuseLink = false
                return null as never
            }
            return insert.call(this)
        })
        try {
            const service = createCaseService()
            expect(service.createAndLink(draft(interaction)).ok).toBe(false)
            const retried = expectOk(service.createAndLink(draft(interaction)))
            // Without deleteRecord() on the case (sn_customerservice_case delete), the customer would have two.
            expect(allRecords('sn_customerservice_case')).toEqual([expect.objectContaining({ sys_id: retried.sysId })])
            expect(allRecords('interaction_related_record')).toEqual([
                expect.objectContaining({ interaction, document_id: retried.sysId }),
            ])
        } finally {
            spy.mockRestore()
        }
    })
})

describe('case notifier: the case-created email is sent on the case, so replies thread to the case', () => {
    function created(interactionFields: Record<string, unknown>) {
        const interaction = seedRecord('interaction', { short_description: 'Invoice', ...interactionFields })
        const kase = seedRecord('sn_customerservice_case', { short_description: 'Invoice' })
        return { interaction, kase }
    }

    it('queues x_gcer.case_created on the case, to the contact, with the case number', () => {
        const contact = seedRecord('customer_contact', { name: 'Carla', email: 'carla@example.com' })
        const { interaction, kase } = created({ contact })
        resetGlideStats()
        createCaseNotifier().caseCreated(interaction, kase, 'CS0000001')
        // On the case: its watermark makes the customer's answer a reply to the case (CSM's reply handling),
        // not to the closed interaction (which would open a new Genesys conversation).
        expect(queuedEvents()).toEqual([
            expect.objectContaining({
                name: 'x_gcer.case_created',
                table: 'sn_customerservice_case',
                sysId: kase,
                parm1: 'carla@example.com',
                parm2: 'CS0000001',
            }),
        ])
        expect(glideStats()).toMatchObject({ reads: 3, writes: 0 })
    })

    it("reaches a B2C consumer (no contact) at the consumer's address", () => {
        const consumer = seedRecord('csm_consumer', { email: 'bea@example.org' })
        const { interaction, kase } = created({ consumer })
        createCaseNotifier().caseCreated(interaction, kase, 'CS0000002')
        expect(queuedEvents()).toEqual([expect.objectContaining({ sysId: kase, parm1: 'bea@example.org' })])
    })

    it('falls back to the sender of the email the interaction came from', () => {
        const { interaction, kase } = created({})
        seedRecord('sys_email', { instance: interaction, type: 'received', user: 'walkin@example.net' })
        createCaseNotifier().caseCreated(interaction, kase, 'CS0000003')
        expect(queuedEvents()).toEqual([expect.objectContaining({ sysId: kase, parm1: 'walkin@example.net' })])
    })

    it('queues nothing when the customer has no address (and says so in the log)', () => {
        const { interaction, kase } = created({})
        createCaseNotifier().caseCreated(interaction, kase, 'CS0000004')
        expect(queuedEvents()).toEqual([])
        expect(logLines()).toEqual([
            expect.objectContaining({
                level: 'warn',
                message: expect.stringContaining('CS0000004: the customer has no email address'),
            }),
        ])
    })

    it('queues nothing for an interaction or case that no longer exists', () => {
        const { interaction, kase } = created({})
        createCaseNotifier().caseCreated('0123456789abcdef0123456789abcdef', kase, 'CS1')
        createCaseNotifier().caseCreated(interaction, '0123456789abcdef0123456789abcdef', 'CS1')
        expect(queuedEvents()).toEqual([])
    })
})
