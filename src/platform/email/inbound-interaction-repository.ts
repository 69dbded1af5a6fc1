import type { GlideRecord } from '@servicenow/glide'
import type { InteractionRepository } from '../../app/ports'
import { applyInteractionChanges, insertNewInteraction, toInteractionRecord } from '../interaction-repository'

/**
 * The interaction repository as an inbound email action sees it. The platform hands the action `current`,
 * the interaction it processes: unsaved for a new email, the matched record for a reply. The documented
 * pattern (SDK docs/guides/inbound-email-action-guide.md, "Script Context" and "Avoidance") sets fields on
 * `current` and calls `current.insert()` (new) or `current.update()` (reply); the email engine then links the
 * sys_email and its attachments to that record itself. So:
 * - create() fills and inserts `current` while it is unsaved (once): the use case's interaction IS `current`;
 * - get() / update() of `current`'s sys_id read and write `current` (no second read, `current.update()`);
 * - anything else (a follow-up interaction for a reply to a closed one, another record) goes to `base`.
 */
export function createInboundInteractionRepository(
    current: GlideRecord,
    base: InteractionRepository,
    nowMs: () => number
): InteractionRepository {
    let inserted = false
    const isCurrent = (sysId: string) => sysId !== '' && current.isValidRecord() && current.getUniqueValue() === sysId

    return {
        get(sysId) {
            return isCurrent(sysId) ? toInteractionRecord(current) : base.get(sysId)
        },

        findByConversationId(conversationId) {
            return base.findByConversationId(conversationId)
        },

        create(draft) {
            if (inserted || !current.isNewRecord()) return base.create(draft)
            inserted = true
            return insertNewInteraction(current, draft, nowMs)
        },

        update(sysId, changes) {
            if (!isCurrent(sysId)) return base.update(sysId, changes)
            applyInteractionChanges(current, changes, nowMs)
            current.update()
        },

        listUnconfirmed(confirmedBeforeMs, limit) {
            return base.listUnconfirmed(confirmedBeforeMs, limit)
        },
    }
}
