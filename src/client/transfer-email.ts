import { ask, show, type AjaxConstructor, type FormApi, type ModalApi } from './lib/workspace-api'

/**
 * Workspace client script of the Transfer Email UI action (bundled into its clientScriptV2 by
 * scripts/build-client-scripts.mjs). Asks the server for the mapped targets, lets the agent pick one in a
 * modal, then asks the server to transfer. All rules are enforced on the server.
 */
export function onClick(g_form: FormApi, g_modal: ModalApi, GlideAjax: AjaxConstructor): void {
    const interaction = g_form.getUniqueValue()
    ask(GlideAjax, 'getTransferOptions', { sysparm_interaction: interaction }, (reply) => {
        if (!reply.ok) return show(g_form, reply, 'Transfer is not available.')
        const options = reply.options || []
        if (options.length === 0)
            return g_form.addErrorMessage('No Genesys-mapped queue or agent is available to transfer to.')
        const choices = options.map((o) => ({
            value: o.value,
            displayValue: (o.kind === 'queue' ? 'Queue: ' : 'Agent: ') + o.label,
        }))
        g_modal
            .showFields({
                title: 'Transfer Email',
                fields: [{ type: 'choice', name: 'target', label: 'Transfer to', mandatory: true, choices }],
                size: 'md',
            })
            .then(
                (result) => {
                    const picked = result.updatedFields.filter((f) => f.name === 'target')[0]
                    if (!picked || !picked.value) return
                    const params = { sysparm_interaction: interaction, sysparm_target: picked.value }
                    ask(GlideAjax, 'transfer', params, (done) => show(g_form, done, 'The transfer failed.'))
                },
                () => undefined // the agent closed the modal: nothing to do
            )
    })
}
