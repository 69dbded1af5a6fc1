/**
 * Fake GlideSysAttachment: attachments are (table, sys_id, file name) triples a test seeds; copy()
 * duplicates them onto the target record and returns the new ids, as the platform does. No content.
 */
interface Attachment {
    readonly sysId: string
    readonly table: string
    readonly recordSysId: string
    readonly fileName: string
}

const attachments: Attachment[] = []
let sequence = 0

const newId = () => `a77ac4${String(++sequence).padStart(26, '0')}`

/** Puts a file on a record, e.g. the customer's PDF on the received sys_email. */
export function seedAttachment(table: string, recordSysId: string, fileName: string): string {
    const sysId = newId()
    attachments.push({ sysId, table, recordSysId, fileName })
    return sysId
}

/** File names attached to a record, in attachment order. */
export function attachmentsOf(table: string, recordSysId: string): string[] {
    return attachments.filter((a) => a.table === table && a.recordSysId === recordSysId).map((a) => a.fileName)
}

export function resetAttachments(): void {
    attachments.length = 0
    sequence = 0
}

export class GlideSysAttachment {
    copy(sourceTable: string, sourceID: string, targetTable: string, targetID: string): string[] {
        const copied = attachments
            .filter((a) => a.table === sourceTable && a.recordSysId === sourceID)
            .map((a) => ({ ...a, sysId: newId(), table: targetTable, recordSysId: targetID }))
        attachments.push(...copied)
        return copied.map((a) => a.sysId)
    }
}
