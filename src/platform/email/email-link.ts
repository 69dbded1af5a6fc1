import { GlideSysAttachment } from '@servicenow/glide'
import { findOne } from '../glide/record-values'

/**
 * Points the received sys_email at the interaction the app created for it, so the email shows in
 * that interaction's activity and the agent's replies carry its watermark, and copies the customer's
 * attachments onto it (the platform only does that for the record an inbound action inserts as
 * `current`). Replies the platform matched are already linked; only new or follow-up interactions
 * need this.
 */
export function linkEmailToInteraction(emailSysId: string, interactionSysId: string): void {
    const gr = findOne('sys_email', 'sys_id', emailSysId)
    if (!gr || (gr.getValue('instance') === interactionSysId && gr.getValue('target_table') === 'interaction')) return
    gr.setValue('target_table', 'interaction')
    gr.setValue('instance', interactionSysId)
    gr.update()
    new GlideSysAttachment().copy('sys_email', emailSysId, 'interaction', interactionSysId)
}
