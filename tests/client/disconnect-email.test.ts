import { workspace } from './support/workspace'

const CODES = JSON.stringify({
    ok: true,
    options: [
        { value: 'code-resolved', label: 'Resolved' },
        { value: 'code-callback', label: 'Callback requested' },
    ],
    defaultValue: 'code-resolved',
    notice: null,
})
const CLOSED = JSON.stringify({ ok: true, message: 'IMS0001 is closed; Genesys Cloud routes any later reply.' })

describe('Disconnect workspace client script', () => {
    it("offers the queue's wrap-up codes with the default preselected, then disconnects with the one picked", async () => {
        const ws = workspace(
            { getWrapupCodes: CODES, disconnect: CLOSED },
            { pick: 'code-callback' },
            'disconnect-email'
        )
        await ws.click()
        expect(ws.shown).toEqual([
            expect.objectContaining({
                title: 'Disconnect',
                fields: [
                    expect.objectContaining({
                        type: 'choice',
                        name: 'wrapup',
                        mandatory: true,
                        value: 'code-resolved',
                        choices: [
                            { value: 'code-resolved', displayValue: 'Resolved' },
                            { value: 'code-callback', displayValue: 'Callback requested' },
                        ],
                    }),
                ],
            }),
        ])
        expect(ws.calls.map((c) => c.params)).toEqual([
            { sysparm_name: 'getWrapupCodes', sysparm_interaction: 'int-1' },
            { sysparm_name: 'disconnect', sysparm_interaction: 'int-1', sysparm_wrapup: 'code-callback' },
        ])
        expect(ws.info).toEqual(['IMS0001 is closed; Genesys Cloud routes any later reply.'])
    })

    it('passes on the notice when Genesys could not list the codes, still offering the default', async () => {
        const onlyDefault = JSON.stringify({
            ok: true,
            options: [{ value: 'code-resolved', label: 'Default wrap-up' }],
            defaultValue: 'code-resolved',
            notice: 'Genesys Cloud could not list the codes; only the default is offered.',
        })
        const ws = workspace({ getWrapupCodes: onlyDefault, disconnect: CLOSED }, 'pick', 'disconnect-email')
        await ws.click()
        expect(ws.info).toEqual([
            'Genesys Cloud could not list the codes; only the default is offered.',
            'IMS0001 is closed; Genesys Cloud routes any later reply.',
        ])
    })

    it('leaves the email open when the agent closes the modal', async () => {
        const ws = workspace({ getWrapupCodes: CODES }, 'cancel', 'disconnect-email')
        await ws.click()
        expect(ws.calls).toHaveLength(1)
        expect([ws.info, ws.errors]).toEqual([[], []])
    })

    it('shows why disconnect is not available, without a modal', async () => {
        const refused = JSON.stringify({ ok: false, code: 'not_owner', message: 'Alice owns IMS0001.' })
        const ws = workspace({ getWrapupCodes: refused }, 'pick', 'disconnect-email')
        await ws.click()
        expect(ws.errors).toEqual(['Alice owns IMS0001.'])
        expect(ws.shown).toEqual([])
    })
})
