/**
 * Workspace client script of the Transfer Email UI action (bundled into its clientScriptV2 by
 * scripts/build-includes.mjs). Asks the server for the mapped targets, lets the agent pick one in a
 * modal, then asks the server to transfer. All rules are enforced on the server.
 */

export interface FormApi {
    getUniqueValue(): string
    addInfoMessage(message: string): void
    addErrorMessage(message: string): void
}

export interface ModalApi {
    showFields(options: {
        title: string
        fields: { type: string; name: string; label: string; mandatory: boolean; choices: unknown[] }[]
        size?: string
    }): Promise<{ updatedFields: { name: string; value: string }[] }>
}

export interface AjaxApi {
    addParam(name: string, value: string): void
    getXMLAnswer(callback: (answer: string) => void): void
}

export type AjaxConstructor = new (processor: string) => AjaxApi

interface Reply {
    ok: boolean
    message?: string
    options?: { value: string; label: string; kind: string }[]
}

const PROCESSOR = 'x_gcer.GenesysEmailRoutingAjax'

function ask(GlideAjax: AjaxConstructor, method: string, params: Record<string, string>, then: (r: Reply) => void) {
    const ajax = new GlideAjax(PROCESSOR)
    ajax.addParam('sysparm_name', method)
    Object.keys(params).forEach((k) => ajax.addParam(k, params[k]))
    ajax.getXMLAnswer((answer) => {
        let reply: Reply
        try {
            reply = JSON.parse(answer)
        } catch {
            reply = { ok: false, message: 'The server gave no answer; reload the form and try again.' }
        }
        then(reply)
    })
}

export function onClick(g_form: FormApi, g_modal: ModalApi, GlideAjax: AjaxConstructor): void {
    const interaction = g_form.getUniqueValue()
    ask(GlideAjax, 'getTransferOptions', { sysparm_interaction: interaction }, (reply) => {
        if (!reply.ok) return g_form.addErrorMessage(reply.message || 'Transfer is not available.')
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
                    ask(
                        GlideAjax,
                        'transfer',
                        { sysparm_interaction: interaction, sysparm_target: picked.value },
                        (done) =>
                            done.ok
                                ? g_form.addInfoMessage(done.message || 'Transferred.')
                                : g_form.addErrorMessage(done.message || 'The transfer failed.')
                    )
                },
                () => undefined
            ) // the agent closed the modal: nothing to do
    })
}
