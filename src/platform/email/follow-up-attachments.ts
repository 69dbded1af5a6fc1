import { GlideSysAttachment } from '@servicenow/glide'

/**
 * A reply to a closed interaction opens a follow-up interaction, but the email engine links the email and
 * its attachments to the action's `current` (the closed interaction the reply matched; ServiceNow docs
 * "Inbound email actions", Attachments: they go to "the first record the action produces"). The follow-up
 * is linked to it through parent_interaction; the customer's files are copied onto the follow-up so the
 * agent working it has them. The sys_email record itself is left to the engine.
 */
export function copyReplyAttachments(emailSysId: string, followUpSysId: string): void {
    if (emailSysId === '' || followUpSysId === '') return
    new GlideSysAttachment().copy('sys_email', emailSysId, 'interaction', followUpSysId)
}
