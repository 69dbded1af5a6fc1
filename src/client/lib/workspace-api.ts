/** The slices of the Workspace client APIs the action scripts use (g_form, g_modal, GlideAjax). */
export interface FormApi {
    getUniqueValue(): string
    addInfoMessage(message: string): void
    addErrorMessage(message: string): void
}

export interface ModalChoice {
    value: string
    displayValue: string
}

export interface ModalApi {
    showFields(options: {
        title: string
        fields: {
            type: string
            name: string
            label: string
            mandatory: boolean
            /** For type 'choice'. */
            choices?: ModalChoice[]
            value?: string
        }[]
        size?: string
    }): Promise<{ updatedFields: { name: string; value: string }[] }>
}

export interface AjaxApi {
    addParam(name: string, value: string): void
    getXMLAnswer(callback: (answer: string) => void): void
}

export type AjaxConstructor = new (processor: string) => AjaxApi

/** Every answer of x_gcer.GenesysEmailRoutingAjax: ok and a sentence, plus the method's data. */
export interface Reply {
    ok: boolean
    message?: string
    notice?: string | null
    defaultValue?: string
    options?: { value: string; label: string; kind?: string }[]
}

const PROCESSOR = 'x_gcer.GenesysEmailRoutingAjax'

/** Calls one method of the app's GlideAjax processor; an unreadable answer becomes a failed reply. */
export function ask(
    GlideAjax: AjaxConstructor,
    method: string,
    params: Record<string, string>,
    then: (reply: Reply) => void
): void {
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

/** Shows a reply as the agent expects: good news as info, anything else as an error. */
export function show(g_form: FormApi, reply: Reply, fallback: string): void {
    if (reply.ok) g_form.addInfoMessage(reply.message || fallback)
    else g_form.addErrorMessage(reply.message || fallback)
}
