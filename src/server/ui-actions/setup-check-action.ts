import { gs } from '@servicenow/glide'
import { setupCheck } from '../setup-check'

/**
 * UI action "Run setup check" (list banner of x_gcer_outbox, app admins): one message per line, failures as
 * errors so they stand out, and the counts last. Nothing is changed.
 */
export function setupCheckAction(): void {
    const result = setupCheck()
    if (!result.ran) {
        gs.addErrorMessage(result.text)
        return
    }
    for (const line of result.lines) {
        const text = `${line.verdict.toUpperCase()} - ${line.label}: ${line.detail}`
        if (line.verdict === 'fail') gs.addErrorMessage(text)
        else gs.addInfoMessage(text)
    }
    const count = (verdict: string) => result.lines.filter((l) => l.verdict === verdict).length
    gs.addInfoMessage(`Setup check: ${count('pass')} pass, ${count('warn')} warn, ${count('fail')} fail.`)
}
