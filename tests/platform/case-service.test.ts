import { createCaseNotifier } from '../../src/platform/case-notifier'
import { createCaseService } from '../../src/platform/case-service'
import {
    allRecords,
    glideStats,
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

beforeEach(() => resetGlide({ schema: true }))

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

describe('case notifier', () => {
    it('queues x_gcer.case_created on the interaction with the case sys_id and number (one read)', () => {
        const interaction = seedRecord('interaction', { short_description: 'x' })
        resetGlideStats()
        createCaseNotifier().caseCreated(interaction, 'case-sys-id', 'CS0000001')
        expect(queuedEvents()).toEqual([
            expect.objectContaining({
                name: 'x_gcer.case_created',
                table: 'interaction',
                sysId: interaction,
                parm1: 'case-sys-id',
                parm2: 'CS0000001',
            }),
        ])
        expect(glideStats()).toMatchObject({ reads: 1, writes: 0 })
    })

    it('queues nothing for an interaction that no longer exists', () => {
        createCaseNotifier().caseCreated('0123456789abcdef0123456789abcdef', 'c', 'CS1')
        expect(queuedEvents()).toEqual([])
    })
})
