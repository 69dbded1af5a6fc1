import type { TransferTarget } from './transfer-target'

/** What can happen to an interaction. Agent actions, Genesys notifications and customer emails alike. */
export type RoutingEvent =
    | { readonly type: 'email_received'; readonly queueId: string }
    | { readonly type: 'agent_assigned'; readonly agent: string }
    | { readonly type: 'hold' }
    | { readonly type: 'resume' }
    | { readonly type: 'customer_reply' }
    | { readonly type: 'transfer'; readonly target: TransferTarget }
    | { readonly type: 'disconnect'; readonly wrapupCode: string }
    | { readonly type: 'create_case'; readonly wrapupCode: string }
    /** Genesys ended the conversation (nobody took it, or an agent, supervisor or flow ended it in Genesys). */
    | { readonly type: 'conversation_ended' }

export type RoutingEventType = RoutingEvent['type']

export const ROUTING_EVENT_TYPES: readonly RoutingEventType[] = [
    'email_received',
    'agent_assigned',
    'hold',
    'resume',
    'customer_reply',
    'transfer',
    'disconnect',
    'create_case',
    'conversation_ended',
]
