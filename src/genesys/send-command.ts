import type { GenesysCommand } from '../domain/genesys-command'
import type { GenesysApi, GenesysResult } from './genesys-api'

/** The ServiceNow record a command is sent for; a new conversation carries it so Genesys can name it back. */
export interface CommandSubject {
    readonly sysId: string
    readonly number: string
}

/** Conversation attributes set on create: read back by the reconciler, flows and Data Actions. */
export const INTERACTION_ATTRIBUTE = 'servicenowInteractionSysId'
const INTERACTION_NUMBER_ATTRIBUTE = 'servicenowInteraction'

/**
 * Sends one command as exactly one Platform API request. Success carries the conversation id for
 * create_conversation and chain_reply (Genesys answers with the conversation), null otherwise.
 */
export function sendCommand(
    api: GenesysApi,
    command: GenesysCommand,
    subject: CommandSubject
): GenesysResult<string | null> {
    const done = (result: GenesysResult<unknown>): GenesysResult<string | null> =>
        result.ok ? { ok: true, value: null } : result
    switch (command.kind) {
        case 'create_conversation': {
            const created = api.createEmailConversation({
                ...command.email,
                queueId: command.queueId,
                attributes: { [INTERACTION_NUMBER_ATTRIBUTE]: subject.number, [INTERACTION_ATTRIBUTE]: subject.sysId },
            })
            return created.ok ? { ok: true, value: created.value.conversationId } : created
        }
        case 'chain_reply': {
            const { provider, toAddress, fromAddress, subject: title } = command.email
            const message = {
                provider,
                toAddress,
                fromAddress,
                subject: title,
                ...(command.queueId ? { queueId: command.queueId } : {}),
            }
            const chained = api.postInboundMessage(command.conversationId, message)
            return chained.ok ? { ok: true, value: chained.value.conversationId } : chained
        }
        case 'park':
            return done(api.park(command.conversationId, command.participantId, command.resumeTime))
        case 'unpark':
            return done(api.unpark(command.conversationId, command.participantId))
        case 'transfer_to_queue':
            return done(api.transferToQueue(command.conversationId, command.participantId, command.queueId))
        case 'transfer_to_agent':
            return done(api.transferToAgent(command.conversationId, command.participantId, command.userId))
        case 'disconnect':
            return done(
                api.disconnectWithWrapup(command.conversationId, command.participantId, { code: command.wrapupCode })
            )
    }
}
