import { ask, show, type AjaxConstructor, type FormApi, type ModalApi } from './lib/workspace-api'

/**
 * Workspace client script of the Hold UI action (bundled into its clientScriptV2 by
 * scripts/build-client-scripts.mjs). One optional field: when the agent picks a resume time, Genesys parks the
 * email until then and resumes it to the same agent; empty, it waits for the customer. The server checks the
 * time (future, within Genesys's 7 days) and everything else.
 */
export function onClick(g_form: FormApi, g_modal: ModalApi, GlideAjax: AjaxConstructor): void {
    const interaction = g_form.getUniqueValue()
    g_modal
        .showFields({
            title: 'Hold',
            fields: [{ type: 'glide_date_time', name: 'resume_time', label: 'Resume at (optional)', mandatory: false }],
            size: 'md',
        })
        .then(
            (result) => {
                const picked = result.updatedFields.filter((f) => f.name === 'resume_time')[0]
                const params = { sysparm_interaction: interaction, sysparm_resume_time: (picked && picked.value) || '' }
                ask(GlideAjax, 'hold', params, (done) => show(g_form, done, 'Hold failed.'))
            },
            () => undefined // the agent closed the modal: nothing to do
        )
}
