/**
 * The one vocabulary for what ServiceNow asks of Genesys Cloud. The routing machine returns these,
 * runTransition executes them, the outbox stores them as its payload and the Genesys adapter turns
 * each into exactly one Platform API request (src/genesys/send-command.ts).
 */

/** The customer's email as Genesys needs it to route a new conversation or chain a reply. */
export interface RoutedEmail {
    /** Third-party email provider configured in Genesys (never "PureCloud Email"). */
    readonly provider: string
    readonly toAddress: string
    readonly fromAddress: string
    readonly fromName?: string
    readonly subject: string
}

export type GenesysCommand =
    /** POST /api/v2/conversations/emails; the adapter adds the interaction's identity as attributes. */
    | { readonly kind: 'create_conversation'; readonly queueId: string; readonly email: RoutedEmail }
    /** PATCH .../parkingstate {state: parked, resumeTime?} */
    | {
          readonly kind: 'park'
          readonly conversationId: string
          readonly participantId: string
          /** ISO-8601; Genesys resumes the email to the same agent then (at most 7 days later). */
          readonly resumeTime: string | null
      }
    /** PATCH .../parkingstate {state: connected} */
    | { readonly kind: 'unpark'; readonly conversationId: string; readonly participantId: string }
    /** POST /api/v2/conversations/{cid}/participants/{pid}/replace/queue */
    | {
          readonly kind: 'transfer_to_queue'
          readonly conversationId: string
          readonly participantId: string
          readonly queueId: string
      }
    /** POST /api/v2/conversations/{cid}/participants/{pid}/replace/agent */
    | {
          readonly kind: 'transfer_to_agent'
          readonly conversationId: string
          readonly participantId: string
          readonly userId: string
      }
    /** PATCH .../participants/{pid} {state: disconnected, wrapup}: one request. */
    | {
          readonly kind: 'disconnect'
          readonly conversationId: string
          readonly participantId: string
          readonly wrapupCode: string
      }
    /** POST /api/v2/conversations/emails/{cid}/inboundmessages: the reply joins the conversation. */
    | {
          readonly kind: 'chain_reply'
          readonly conversationId: string
          readonly queueId: string | null
          readonly email: RoutedEmail
      }

export type GenesysCommandKind = GenesysCommand['kind']

export const GENESYS_COMMAND_KINDS: readonly GenesysCommandKind[] = [
    'create_conversation',
    'park',
    'unpark',
    'transfer_to_queue',
    'transfer_to_agent',
    'disconnect',
    'chain_reply',
]

/** Work ServiceNow does itself as part of a transition. */
export type LocalCommand =
    | { readonly kind: 'create_case' }
    | { readonly kind: 'notify_case_created' }
    /** A reply to a closed interaction: a new interaction, linked to it, follows the conversation. */
    | { readonly kind: 'open_follow_up' }

/**
 * `first`: must succeed before ServiceNow changes (the agent waits; if it fails nothing changes).
 * `eventually`: ServiceNow changes first; a Genesys command that fails goes to the outbox.
 */
export type Agreement = 'first' | 'eventually'

export type RoutingCommand =
    | { readonly to: 'genesys'; readonly agree: Agreement; readonly command: GenesysCommand }
    | { readonly to: 'servicenow'; readonly agree: Agreement; readonly command: LocalCommand }

export const genesysFirst = (command: GenesysCommand): RoutingCommand => ({ to: 'genesys', agree: 'first', command })
export const genesysEventually = (command: GenesysCommand): RoutingCommand => ({
    to: 'genesys',
    agree: 'eventually',
    command,
})
export const localFirst = (command: LocalCommand): RoutingCommand => ({ to: 'servicenow', agree: 'first', command })
export const localEventually = (command: LocalCommand): RoutingCommand => ({
    to: 'servicenow',
    agree: 'eventually',
    command,
})

/** The participant a command acts on, if any: a row for a replaced participant must never be sent. */
export function commandParticipant(command: GenesysCommand): string | null {
    return 'participantId' in command ? command.participantId : null
}
