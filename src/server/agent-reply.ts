import type { GlideRecord } from '@servicenow/glide'
import { agentActionProblem } from '../app/actor-rules'
import type { AgentReply } from '../app/agent-reply'
import type { Actor } from '../app/ports'
import { customerAddressOf, MAX_REPLY_LENGTH, queueAgentReply } from '../platform/email/agent-reply-mail'
import { findOne } from '../platform/glide/record-values'
import { toInteractionRecord } from '../platform/interaction-repository'

export interface ReplyInput {
    readonly interactionSysId: string
    readonly message: string
}

const refused = (code: Extract<AgentReply, { ok: false }>['code'], message: string): AgentReply => ({
    ok: false,
    code,
    message,
})

/**
 * Workspace Reply: the agent writes to the customer from the interaction. Only the owner (or an admin),
 * only while the email is connected or parked (the same actor rules as Hold and Transfer). Sends an email
 * threaded to the interaction and changes nothing else: no Genesys call, no interaction field, no history
 * row (the sent email itself is the trace, in the interaction's activity).
 */
export function replyToCustomer(actor: Actor | null, input: ReplyInput): AgentReply {
    const message = typeof input?.message === 'string' ? input.message.trim() : ''
    if (message === '') return refused('invalid_input', 'Write a message to send to the customer.')
    if (message.length > MAX_REPLY_LENGTH)
        return refused('invalid_input', `The message is too long: at most ${MAX_REPLY_LENGTH} characters.`)
    const sysId = typeof input?.interactionSysId === 'string' ? input.interactionSysId : ''
    const gr: GlideRecord | null = /^[0-9a-f]{32}$/.test(sysId) ? findOne('interaction', 'sys_id', sysId) : null
    const interaction = gr ? toInteractionRecord(gr) : null
    const forbidden = agentActionProblem(actor, interaction)
    if (forbidden) return refused(forbidden.code, forbidden.message)
    if (!gr || !interaction) return refused('not_found', 'This interaction is not a Genesys-routed email.')
    if (interaction.status !== 'connected' && interaction.status !== 'parked')
        return refused(
            'invalid_transition',
            `${interaction.number} is ${interaction.status}: you can reply while you work it (connected or on hold).`
        )
    const to = customerAddressOf(gr)
    if (!to) return refused('invalid_target', `${interaction.number} has no customer email address to reply to.`)
    queueAgentReply(gr, to, message)
    return { ok: true, message: `Your reply to ${interaction.number} is on its way to the customer.` }
}
