import { ask, show, type AjaxConstructor, type FormApi, type ModalApi } from './lib/workspace-api'

/**
 * Workspace client script of the Disconnect UI action: the agent picks the wrap-up code among the
 * interaction's Genesys queue codes (the configured default preselected), then the server closes the
 * interaction and disconnects the Genesys participant with that code in one request.
 */
export function onClick(g_form: FormApi, g_modal: ModalApi, GlideAjax: AjaxConstructor): void {
    const interaction = g_form.getUniqueValue()
    ask(GlideAjax, 'getWrapupCodes', { sysparm_interaction: interaction }, (reply) => {
        if (!reply.ok) return show(g_form, reply, 'Disconnect is not available.')
        if (reply.notice) g_form.addInfoMessage(reply.notice)
        const choices = (reply.options || []).map((o) => ({ value: o.value, displayValue: o.label }))
        g_modal
            .showFields({
                title: 'Disconnect',
                fields: [
                    {
                        type: 'choice',
                        name: 'wrapup',
                        label: 'Wrap-up code',
                        mandatory: true,
                        choices,
                        value: reply.defaultValue || '',
                    },
                ],
                size: 'md',
            })
            .then(
                (result) => {
                    const picked = result.updatedFields.filter((f) => f.name === 'wrapup')[0]
                    const wrapup = picked && picked.value ? picked.value : reply.defaultValue || ''
                    if (!wrapup) return
                    const params = { sysparm_interaction: interaction, sysparm_wrapup: wrapup }
                    ask(GlideAjax, 'disconnect', params, (done) => show(g_form, done, 'The disconnect failed.'))
                },
                () => undefined // the agent closed the modal: the email stays open
            )
    })
}
