import { workspace } from './support/workspace'

describe('Reply workspace client script', () => {
    it('asks for the message in a modal, then sends it for this interaction and shows the answer', async () => {
        const ws = workspace(
            { reply: JSON.stringify({ ok: true, message: 'Your reply to IMS0000001 is on its way.' }) },
            { pick: 'Your refund was issued today.' },
            'reply-email'
        )
        await ws.click()
        expect(ws.shown).toEqual([
            expect.objectContaining({
                title: 'Reply to customer',
                fields: [expect.objectContaining({ type: 'textarea', name: 'message', mandatory: true })],
            }),
        ])
        expect(ws.calls).toEqual([
            {
                processor: 'x_gcer.GenesysEmailRoutingAjax',
                params: {
                    sysparm_name: 'reply',
                    sysparm_interaction: 'int-1',
                    sysparm_message: 'Your refund was issued today.',
                },
            },
        ])
        expect(ws.info).toEqual(['Your reply to IMS0000001 is on its way.'])
        expect(ws.errors).toEqual([])
    })

    it('shows the server refusal as an error', async () => {
        const refusal = { ok: false, code: 'not_owner', message: 'You do not own IMS0000001.' }
        const ws = workspace({ reply: JSON.stringify(refusal) }, { pick: 'Hello' }, 'reply-email')
        await ws.click()
        expect(ws.errors).toEqual(['You do not own IMS0000001.'])
    })

    it('sends nothing when the agent closes the modal', async () => {
        const closed = workspace({}, 'cancel', 'reply-email')
        await closed.click()
        expect(closed.calls).toEqual([])
    })

    it('sends nothing when the message is blank', async () => {
        const blank = workspace({}, { pick: '   ' }, 'reply-email')
        await blank.click()
        expect(blank.calls).toEqual([])
    })
})
