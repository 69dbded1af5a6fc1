import { gs } from '@servicenow/glide'
import type { Notifier } from '../app/ports'
import { customerAddressOf } from './email/agent-reply-mail'
import { findOne } from './glide/record-values'
import { systemLogger } from './system-logger'

/** Registered event the "case created" email notification listens to (parm1 recipient address, parm2 number). */
const CASE_CREATED_EVENT = 'x_gcer.case_created'

/**
 * Queues the event on the new case, so the notification is sent on the case: the sent email shows in the case's
 * activity and its watermark threads the customer's reply to the case (CSM's own reply handling updates it), not
 * to the closed interaction. parm1 is the recipient ("Event parm 1 contains recipient"): the interaction's contact,
 * else its consumer (B2C), else the sender of the email it came from, as for Reply.
 */
export function createCaseNotifier(): Notifier {
    return {
        caseCreated(interactionSysId, caseSysId, caseNumber) {
            const interaction = findOne('interaction', 'sys_id', interactionSysId)
            const kase = interaction ? findOne('sn_customerservice_case', 'sys_id', caseSysId) : null
            if (!interaction || !kase) return
            const to = customerAddressOf(interaction)
            if (!to) {
                systemLogger.warn(
                    `case ${caseNumber}: the customer has no email address, so no case notification was sent`
                )
                return
            }
            gs.eventQueue(CASE_CREATED_EVENT, kase, to, caseNumber)
        },
    }
}
