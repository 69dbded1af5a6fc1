import type { SetupCheckLine } from './setup-check-probes'

/** The report as a fixed-width text table (monospace), worst verdicts counted in the last row. */
export function formatSetupCheck(lines: readonly SetupCheckLine[]): string {
    const rows = lines.map((l) => [l.verdict.toUpperCase(), l.label, l.detail])
    const header = ['VERDICT', 'CHECK', 'DETAIL']
    const widths = [0, 1].map((col) => Math.max(header[col].length, ...rows.map((r) => r[col].length)))
    const render = (cells: string[]): string =>
        cells
            .map((cell, i) => (i < 2 ? pad(cell, widths[i]) : cell))
            .join(' | ')
            .replace(/\s+$/, '')
    const count = (verdict: string): number => lines.filter((l) => l.verdict === verdict).length
    return [
        render(header),
        `${'-'.repeat(widths[0])}-+-${'-'.repeat(widths[1])}-+-${'-'.repeat(6)}`,
        ...rows.map(render),
        '',
        `${count('pass')} pass, ${count('warn')} warn, ${count('fail')} fail`,
    ].join('\n')
}

function pad(text: string, width: number): string {
    let out = text
    while (out.length < width) out += ' '
    return out
}
