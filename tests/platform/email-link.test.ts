import { linkEmailToInteraction } from '../../src/platform/email/email-link'
import {
    attachmentsOf,
    glideStats,
    readRecord,
    resetGlide,
    resetGlideStats,
    seedAttachment,
    seedRecord,
} from '../fakes/glide'

beforeEach(() => resetGlide())

describe('linking a received email to the interaction the app created for it', () => {
    it("points the email at the interaction and copies the customer's attachments onto it", () => {
        const interaction = seedRecord('interaction', { type: 'email', short_description: 'Invoice 42' })
        const email = seedRecord('sys_email', { type: 'received', subject: 'Invoice 42' })
        seedAttachment('sys_email', email, 'invoice-42.pdf')
        seedAttachment('sys_email', email, 'photo.jpg')
        linkEmailToInteraction(email, interaction)
        expect(readRecord('sys_email', email)).toMatchObject({ target_table: 'interaction', instance: interaction })
        expect(attachmentsOf('interaction', interaction)).toEqual(['invoice-42.pdf', 'photo.jpg'])
        expect(attachmentsOf('sys_email', email)).toEqual(['invoice-42.pdf', 'photo.jpg'])
    })

    it('does nothing, and copies nothing twice, when the email already points at the interaction', () => {
        const interaction = seedRecord('interaction', { type: 'email', short_description: 'Invoice 42' })
        const email = seedRecord('sys_email', { type: 'received', target_table: 'interaction', instance: interaction })
        seedAttachment('sys_email', email, 'invoice-42.pdf')
        resetGlideStats()
        linkEmailToInteraction(email, interaction)
        expect(attachmentsOf('interaction', interaction)).toEqual([])
        expect(glideStats().writes).toBe(0)
    })
})
