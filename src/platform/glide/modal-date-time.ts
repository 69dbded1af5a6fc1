import { GlideDateTime } from '@servicenow/glide'

const ISO_START = /^\d{4}-\d{2}-\d{2}T/

/**
 * The Hold modal's "Resume at" as the ISO-8601 UTC instant Genesys's parking resumeTime takes. A date-time
 * field gives what the agent picked in their own format and time zone, which GlideDateTime.setDisplayValue
 * reads [inferred: the value g_modal returns for a glide_date_time field is not documented; check on an
 * instance]. An ISO value passes as is; a value that cannot be read is passed on unchanged, so the Hold use
 * case refuses it with the format it expects.
 */
export function resumeTimeFromModal(value: string): string | null {
    const text = value.trim()
    if (text === '') return null
    if (ISO_START.test(text)) return text
    const at = new GlideDateTime()
    at.setDisplayValue(text)
    const stored = at.isValid() ? at.getValue() : ''
    return stored === '' ? text : `${stored.replace(' ', 'T')}Z`
}
