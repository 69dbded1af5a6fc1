import { workspace } from './support/workspace'

const OPTIONS = JSON.stringify({
    ok: true,
    options: [
        { value: 'queue:q-1', label: 'Billing', kind: 'queue' },
        { value: 'agent:u-2', label: 'Bob Agent', kind: 'agent' },
    ],
})

describe('Transfer Email workspace client script', () => {
    it('offers the server-provided targets, labelled by kind, then transfers to the one picked', async () => {
        const ws = workspace({
            getTransferOptions: OPTIONS,
            transfer: JSON.stringify({ ok: true, message: 'Transferred to Billing.' }),
        })
        await ws.click()
        expect(ws.shown).toEqual([
            expect.objectContaining({
                title: 'Transfer Email',
                fields: [
                    expect.objectContaining({
                        type: 'choice',
                        name: 'target',
                        mandatory: true,
                        choices: [
                            { value: 'queue:q-1', displayValue: 'Queue: Billing' },
                            { value: 'agent:u-2', displayValue: 'Agent: Bob Agent' },
                        ],
                    }),
                ],
            }),
        ])
        expect(ws.calls).toEqual([
            {
                processor: 'x_gcer.GenesysEmailRoutingAjax',
                params: { sysparm_name: 'getTransferOptions', sysparm_interaction: 'int-1' },
            },
            {
                processor: 'x_gcer.GenesysEmailRoutingAjax',
                params: { sysparm_name: 'transfer', sysparm_interaction: 'int-1', sysparm_target: 'queue:q-1' },
            },
        ])
        expect(ws.info).toEqual(['Transferred to Billing.'])
        expect(ws.errors).toEqual([])
    })

    it('shows the server refusal and opens no modal', async () => {
        const ws = workspace({
            getTransferOptions: JSON.stringify({ ok: false, code: 'not_owner', message: 'You do not own it.' }),
        })
        await ws.click()
        expect(ws.errors).toEqual(['You do not own it.'])
        expect(ws.shown).toEqual([])
    })

    it('says so when nothing is mapped, instead of an empty picker', async () => {
        const ws = workspace({ getTransferOptions: JSON.stringify({ ok: true, options: [] }) })
        await ws.click()
        expect(ws.errors).toEqual(['No Genesys-mapped queue or agent is available to transfer to.'])
        expect(ws.shown).toEqual([])
    })

    it('shows a failed transfer as an error', async () => {
        const ws = workspace({
            getTransferOptions: OPTIONS,
            transfer: JSON.stringify({
                ok: false,
                code: 'genesys_unavailable',
                message: 'Genesys Cloud is unavailable.',
            }),
        })
        await ws.click()
        expect(ws.errors).toEqual(['Genesys Cloud is unavailable.'])
        expect(ws.info).toEqual([])
    })

    it('does nothing when the agent closes the modal', async () => {
        const ws = workspace({ getTransferOptions: OPTIONS }, 'cancel')
        await ws.click()
        expect(ws.calls).toHaveLength(1)
        expect([ws.info, ws.errors]).toEqual([[], []])
    })

    it('copes with an answer that is not JSON', async () => {
        const ws = workspace({ getTransferOptions: '<html>session expired</html>' })
        await ws.click()
        expect(ws.errors).toEqual(['The server gave no answer; reload the form and try again.'])
    })
})
