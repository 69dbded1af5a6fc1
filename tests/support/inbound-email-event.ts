/**
 * The `event` an inbound email action receives: the sysevent record (SDK inbound-email-action-guide, "Script
 * Context"), whose `instance` is the received sys_email. The script may set its `state` to `stop_processing` so
 * no later inbound action runs (ServiceNow docs, "Specifying the inbound email processing order").
 */
export function inboundEmailEvent(emailSysId: string) {
    const fields = new Map<string, string>([['instance', emailSysId]])
    return {
        getValue: (field: string): string | null => fields.get(field) ?? null,
        setValue: (field: string, value: string): void => {
            fields.set(field, value)
        },
    }
}
