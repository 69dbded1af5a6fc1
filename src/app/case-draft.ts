import type { CaseDraft, InteractionRecord } from './ports'

const MAX_SHORT_DESCRIPTION = 160
const MAX_DESCRIPTION = 4000

/**
 * The case carries the interaction's contact, account and subject. The description is what the agent
 * typed (the Workspace pre-fills it from the email body); without one it points back to the interaction.
 */
export function caseDraftFrom(interaction: InteractionRecord, description?: string | null): CaseDraft {
    const subject = interaction.subject.trim() || `Email interaction ${interaction.number}`
    const text = description?.trim() || `Created from email interaction ${interaction.number}: ${subject}`
    return {
        interaction: interaction.sysId,
        contact: interaction.contact,
        account: interaction.account,
        shortDescription: subject.slice(0, MAX_SHORT_DESCRIPTION),
        description: text.slice(0, MAX_DESCRIPTION),
    }
}
