import { ask, show, type AjaxConstructor, type FormApi, type ModalApi } from './lib/workspace-api'

/**
 * Workspace client script of the Reply UI action (bundled into its clientScriptV2 by
 * scripts/build-client-scripts.mjs): the agent writes the message in a modal, the server checks who may reply
 * and sends it to the customer, threaded to the interaction. All rules are enforced on the server.
 */
export function onClick(g_form: FormApi, g_modal: ModalApi, GlideAjax: AjaxConstructor): void {
    const interaction = g_form.getUniqueValue()
    g_modal
        .showFields({
            title: 'Reply to customer',
            fields: [{ type: 'textarea', name: 'message', label: 'Message', mandatory: true }],
            size: 'lg',
        })
        .then(
            (result) => {
                const field = result.updatedFields.filter((f) => f.name === 'message')[0]
                const message = field && field.value ? String(field.value) : ''
                if (message.trim() === '') return
                const params = { sysparm_interaction: interaction, sysparm_message: message }
                ask(GlideAjax, 'reply', params, (done) => show(g_form, done, 'The reply was not sent.'))
            },
            () => undefined // the agent closed the modal: nothing is sent
        )
}
