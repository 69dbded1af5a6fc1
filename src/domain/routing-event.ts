import type { RoutedEmail } from './genesys-command'
import type { TransferTarget } from './transfer-target'

/**
 * What a read of the Genesys conversation says (GET /api/v2/conversations/emails/{id}): the truth for
 * routing. `agent` is the agent participant that holds or is offered the email, if any.
 */
export interface GenesysView {
    /** The conversation read: the interaction follows it from now on (an unclear create's is adopted). */
    readonly conversationId: string
    /** The conversation is over in Genesys (customer participant ended, or nothing left active). */
    readonly ended: boolean
    /** The queue Genesys routes it through (the acd participant's queue), if known. */
    readonly queueId: string | null
    /** An active queue (acd) participant: Genesys is routing the email. */
    readonly inQueue: boolean
    readonly agent: {
        /** The mapped ServiceNow user; null when the Genesys user maps to no active agent. */
        readonly userSysId: string | null
        readonly genesysUserId: string
        readonly participantId: string
        readonly communicationId: string | null
        /** alerting = offered, not yet accepted: not the agent's yet (the machine keeps it queued). */
        readonly state: 'alerting' | 'connected' | 'parked'
        readonly resumeTime: string | null
    } | null
}

/** What can happen to an interaction: agent actions, Genesys's state, customer emails alike. */
export type RoutingEvent =
    | {
          readonly type: 'email_received'
          readonly queueId: string
          readonly email: RoutedEmail
          /** A reply to a closed interaction joins that conversation instead of starting a new one. */
          readonly chainTo: string | null
      }
    | { readonly type: 'hold'; readonly resumeTime: string | null }
    | { readonly type: 'resume' }
    | { readonly type: 'customer_reply'; readonly email: RoutedEmail | null }
    | { readonly type: 'transfer'; readonly target: TransferTarget }
    | { readonly type: 'disconnect'; readonly wrapupCode: string }
    | { readonly type: 'create_case'; readonly wrapupCode: string }
    /** A read of the conversation, after an event hint, an unclear answer or by the reconciler. */
    | { readonly type: 'genesys_observed'; readonly view: GenesysView }

export type RoutingEventType = RoutingEvent['type']

export const ROUTING_EVENT_TYPES: readonly RoutingEventType[] = [
    'email_received',
    'hold',
    'resume',
    'customer_reply',
    'transfer',
    'disconnect',
    'create_case',
    'genesys_observed',
]
