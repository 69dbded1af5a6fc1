import { workspace } from './support/workspace'

// The bundled Hold clientScriptV2 run as Workspace does (tests/client/support/workspace.ts): g_modal.showFields,
// then GlideAjax x_gcer.GenesysEmailRoutingAjax.hold with what the agent entered.
const HELD = JSON.stringify({ ok: true, message: 'IMS0001001 is On Hold (parked) until 2026-12-03T09:00:00Z.' })

describe('Hold workspace client script', () => {
    it('asks for an optional resume time, then holds until it', async () => {
        const ws = workspace({ hold: HELD }, { pick: '2026-12-03 09:00:00' }, 'hold-email')
        await ws.click()
        expect(ws.shown).toEqual([
            expect.objectContaining({
                title: 'Hold',
                fields: [
                    {
                        type: 'glide_date_time',
                        name: 'resume_time',
                        label: 'Resume at (optional)',
                        mandatory: false,
                    },
                ],
            }),
        ])
        expect(ws.calls).toEqual([
            {
                processor: 'x_gcer.GenesysEmailRoutingAjax',
                params: {
                    sysparm_name: 'hold',
                    sysparm_interaction: 'int-1',
                    sysparm_resume_time: '2026-12-03 09:00:00',
                },
            },
        ])
        expect(ws.info).toEqual(['IMS0001001 is On Hold (parked) until 2026-12-03T09:00:00Z.'])
    })

    it('holds without a resume time when the field is left empty', async () => {
        const ws = workspace({ hold: JSON.stringify({ ok: true, message: 'On Hold.' }) }, { pick: '' }, 'hold-email')
        await ws.click()
        expect(ws.calls[0].params).toEqual({
            sysparm_name: 'hold',
            sysparm_interaction: 'int-1',
            sysparm_resume_time: '',
        })
    })

    it("shows the server's refusal as an error (e.g. Genesys's parking limit)", async () => {
        const refusal = 'You already have 10 parked emails in Genesys Cloud (its limit); resume one first.'
        const ws = workspace({ hold: JSON.stringify({ ok: false, message: refusal }) }, { pick: '' }, 'hold-email')
        await ws.click()
        expect(ws.errors).toEqual([refusal])
        expect(ws.info).toEqual([])
    })

    it('does nothing when the agent closes the modal', async () => {
        const ws = workspace({}, 'cancel', 'hold-email')
        await ws.click()
        expect(ws.calls).toEqual([])
        expect([...ws.info, ...ws.errors]).toEqual([])
    })
})
