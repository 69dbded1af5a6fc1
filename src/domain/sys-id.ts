/** A ServiceNow record id: 32 hexadecimal characters (the platform writes them in lower case). */
const SYS_ID = /^[0-9a-f]{32}$/i

export function isSysId(value: unknown): value is string {
    return typeof value === 'string' && SYS_ID.test(value)
}
