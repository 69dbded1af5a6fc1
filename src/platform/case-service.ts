import { GlideRecord } from '@servicenow/glide'
import type { CaseDraft, CaseService } from '../app/ports'
import { err, ok } from '../domain/result'
import { insertFailed } from './glide/insert-failure'
import { setOrClear, valueOf } from './glide/record-values'

const CASE_TABLE = 'sn_customerservice_case'
const LINK_TABLE = 'interaction_related_record'

/** CSM cases created from an interaction, linked back through interaction_related_record. */
export function createCaseService(): CaseService {
    return {
        createAndLink(draft: CaseDraft) {
            const kase = new GlideRecord(CASE_TABLE)
            kase.initialize()
            setOrClear(kase, 'contact', draft.contact)
            setOrClear(kase, 'account', draft.account)
            kase.setValue('short_description', draft.shortDescription)
            kase.setValue('description', draft.description)
            kase.setValue('contact_type', 'email')
            const sysId = kase.insert()
            if (!sysId) return err(insertFailed(CASE_TABLE))
            const number = valueOf(kase, 'number') || ''

            // The related-record link is what shows the case on the interaction's Related Records tab.
            const link = new GlideRecord(LINK_TABLE)
            link.initialize()
            link.setValue('interaction', draft.interaction)
            link.setValue('document_table', CASE_TABLE)
            link.setValue('document_id', sysId)
            link.setValue('type', 'task')
            if (!link.insert()) {
                // An unlinked case would be invisible from the interaction: take it back.
                kase.deleteRecord()
                return err(insertFailed(LINK_TABLE))
            }
            return ok({ sysId, number })
        },
    }
}
