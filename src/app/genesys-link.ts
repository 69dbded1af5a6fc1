import type { InteractionRecord } from './ports'

/** The Genesys conversation and agent participant an interaction is tied to, once Genesys assigned it. */
export interface GenesysLink {
    readonly conversationId: string
    readonly participantId: string
}

/** Null when Genesys never assigned an agent participant (e.g. a record created outside routing). */
export function genesysLink(interaction: InteractionRecord): GenesysLink | null {
    const { conversationId, participantId } = interaction
    return conversationId && participantId ? { conversationId, participantId } : null
}

export const NOT_LINKED_NOTE = 'It has no Genesys Cloud participant, so nothing was sent to Genesys.'
