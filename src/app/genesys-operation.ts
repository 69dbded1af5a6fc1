import type { CreateEmailConversation, GenesysApi, GenesysResult, WrapupInput } from '../genesys/genesys-api'
import type { OutboxOperation } from './ports'

/**
 * One Genesys update as data: what a use case sends right away and what the outbox stores as the
 * payload when it must be sent later, so both paths make exactly the same call.
 */
export type GenesysOperation =
    | { readonly operation: 'create_conversation'; readonly request: CreateEmailConversation }
    | { readonly operation: 'park'; readonly conversationId: string; readonly participantId: string }
    | { readonly operation: 'unpark'; readonly conversationId: string; readonly participantId: string }
    | {
          readonly operation: 'transfer_to_queue'
          readonly conversationId: string
          readonly participantId: string
          readonly queueId: string
      }
    | {
          readonly operation: 'transfer_to_agent'
          readonly conversationId: string
          readonly participantId: string
          readonly userId: string
      }
    | {
          readonly operation: 'disconnect'
          readonly conversationId: string
          readonly participantId: string
          readonly wrapup: WrapupInput
      }
    | {
          readonly operation: 'apply_wrapup'
          readonly conversationId: string
          readonly participantId: string
          readonly communicationId: string
          readonly wrapup: WrapupInput
      }

/** Compile-time check that every outbox operation has a call and nothing else sneaks in. */
const _everyOperation: Record<OutboxOperation, GenesysOperation['operation']> = {
    create_conversation: 'create_conversation',
    park: 'park',
    unpark: 'unpark',
    transfer_to_queue: 'transfer_to_queue',
    transfer_to_agent: 'transfer_to_agent',
    disconnect: 'disconnect',
    apply_wrapup: 'apply_wrapup',
}
export const OUTBOX_OPERATIONS = Object.keys(_everyOperation) as OutboxOperation[]

/** Runs the call. Success carries the conversation id for create_conversation, null otherwise. */
export function sendToGenesys(api: GenesysApi, op: GenesysOperation): GenesysResult<string | null> {
    const done = (result: GenesysResult<unknown>): GenesysResult<string | null> =>
        result.ok ? { ok: true, value: null } : result
    switch (op.operation) {
        case 'create_conversation': {
            const created = api.createEmailConversation(op.request)
            return created.ok ? { ok: true, value: created.value.conversationId } : created
        }
        case 'park':
            return done(api.park(op.conversationId, op.participantId))
        case 'unpark':
            return done(api.unpark(op.conversationId, op.participantId))
        case 'transfer_to_queue':
            return done(api.transferToQueue(op.conversationId, op.participantId, op.queueId))
        case 'transfer_to_agent':
            return done(api.transferToAgent(op.conversationId, op.participantId, op.userId))
        case 'disconnect':
            return done(api.disconnectWithWrapup(op.conversationId, op.participantId, op.wrapup))
        case 'apply_wrapup':
            return done(api.applyWrapup(op.conversationId, op.participantId, op.communicationId, op.wrapup))
    }
}
