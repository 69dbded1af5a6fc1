import { gs } from '@servicenow/glide'
import type { Notifier } from '../app/ports'
import { findOne } from './glide/record-values'

/** Registered event the "case created" email notification listens to (parm1 case sys_id, parm2 number). */
export const CASE_CREATED_EVENT = 'x_gcer.case_created'

/** Queues the event on the interaction, so the notification goes to its contact and keeps its watermark. */
export function createCaseNotifier(): Notifier {
    return {
        caseCreated(interactionSysId, caseSysId, caseNumber) {
            const interaction = findOne('interaction', 'sys_id', interactionSysId)
            if (interaction) gs.eventQueue(CASE_CREATED_EVENT, interaction, caseSysId, caseNumber)
        },
    }
}
