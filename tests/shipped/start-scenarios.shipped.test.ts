import { join } from 'node:path'
import { play } from '../../scripts/start/main'
import { sharedAppBuild } from '../support/shipped-runner/shared-build'
import { BUILD_TIMEOUT_MS } from './shipped-app-fixture'

/** `npm start`'s scenarios, played as it plays them (scripts/start/main.ts) on the shared build. */
const SCENARIOS = join(__dirname, '../../scripts/start/scenarios')
let projectDir: string

beforeAll(() => {
    projectDir = sharedAppBuild()
}, BUILD_TIMEOUT_MS)

async function played(options: { scenario: string; seed?: number; faultRate?: number; emails?: number }) {
    const lines: string[] = []
    const disagreements = await play(
        {
            projectDir,
            scenarioFile: join(SCENARIOS, options.scenario),
            seed: options.seed ?? 1,
            faultRate: options.faultRate ?? 0,
            emails: options.emails,
        },
        (l) => lines.push(l)
    )
    return { disagreements, lines }
}

it('plays the default day to the end with both systems agreeing on every email, one timeline line per step', async () => {
    const { disagreements, lines } = await played({ scenario: 'day.json' })
    expect(disagreements).toBe(0)
    expect(lines.filter((l) => /^\s+\d+ {2}/.test(l))).toHaveLength(33)
    expect(lines).toContain('ServiceNow and Genesys agree on every email.')
    expect(lines.join('\n')).toMatch(/e1\+ +IMS\d+ +queued +queued/)
}, 60_000)

it('keeps both systems in step through a generated day with random Genesys faults', async () => {
    const { disagreements, lines } = await played({ scenario: 'day.json', emails: 8, seed: 7, faultRate: 0.2 })
    expect(lines.some((l) => l.includes('fault injected'))).toBe(true)
    expect(disagreements).toBe(0)
}, 120_000)

it('settles a lost assignment: the reconciler reads the conversation and ServiceNow follows Genesys', async () => {
    const { disagreements, lines } = await played({ scenario: 'lost-event.json' })
    expect(lines.join('\n')).toMatch(/user\.start lost on the way/)
    expect(lines.join('\n')).toMatch(/runs the reconciler: 1 corrected from Genesys/)
    expect(lines.join('\n')).toMatch(/e1 +IMS\d+ +connected \(alice\) +connected \(alice\)/)
    expect(disagreements).toBe(0)
}, 60_000)
