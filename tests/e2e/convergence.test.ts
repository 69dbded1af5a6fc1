import { GENESYS_CREDENTIALS } from '../shipped/shipped-app-fixture'
import { ConvergenceRun, describeFindings, summaryLine, type RunReport } from '../support/convergence/convergence-run'
import { knownFailureCounts, knownFailureOf, KNOWN_FAILURES } from '../support/convergence/known-failures'
import { sourceEntryPoints } from '../support/convergence/source-entry-points'
import { startStandIn, type RunningStandIn } from '../support/genesys-stand-in/start-stand-in'

/**
 * The seeded randomized convergence test (issue 8, item 8) on the TypeScript sources: the entry points in
 * src/server over the Glide fakes and the platform adapters, the real Genesys client over RESTMessageV2 doing
 * real HTTP to the Genesys stand-in on 127.0.0.1. Each sequence: a fresh instance and Genesys, random steps
 * (emails, offers, accepts and misses, agent actions as the owner, replies, changes made in Genesys, chaotic event
 * delivery, faults that do the work and then fail, the outbox and the reconciler), then Genesys healed and both
 * jobs run until quiet. tests/support/convergence/convergence-run.ts holds the steps and the checks,
 * tests/support/routing-agreement.ts when the two systems agree.
 *
 * Replay one sequence: CONVERGENCE_SEED=<seed> CONVERGENCE_ONLY=<sequence> npx jest tests/e2e/convergence.test.ts
 */
const SEED = Number(process.env.CONVERGENCE_SEED ?? 20261202)
const SEQUENCES = Number(process.env.CONVERGENCE_SEQUENCES ?? 200)
const STEPS = Number(process.env.CONVERGENCE_STEPS ?? 30)
const ONLY = process.env.CONVERGENCE_ONLY === undefined ? undefined : Number(process.env.CONVERGENCE_ONLY)

let standIn: RunningStandIn
let report: RunReport

beforeAll(async () => {
    standIn = await startStandIn(GENESYS_CREDENTIALS)
    const started = Date.now()
    const run = new ConvergenceRun(sourceEntryPoints, standIn, {
        seed: SEED,
        sequences: SEQUENCES,
        steps: STEPS,
        timeoutEvery: 25,
        only: ONLY,
    })
    report = run.run()
    process.stdout.write(
        `${summaryLine('sources', report, (Date.now() - started) / 1000)}\n${knownFailureCounts(report.findings)}${describeFindings(report)}`
    )
}, 300_000)

afterAll(async () => {
    await standIn?.close()
})

it(`plays ${SEQUENCES} seeded sequences of ${STEPS} steps, every step and the settling without a crash`, () => {
    expect(report.steps).toBe((ONLY === undefined ? SEQUENCES : 1) * STEPS)
    expect(report.crashes).toBe(0)
})

it('finds nothing beyond the known bugs in src/ (tests/support/convergence/known-failures.ts)', () => {
    const unexplained = report.findings.filter((f) => !knownFailureOf(f))
    expect(describeFindings({ ...report, findings: unexplained })).toBe('')
})

// Marked failing while KNOWN_FAILURES is not empty: when the core fixes them this starts passing, jest reports the
// `.failing` test as failed, and the mark (and the list) go.
const strict = KNOWN_FAILURES.length > 0 ? it.failing : it
strict(
    'ends with both systems agreeing: 0 disagreements, 0 duplicate conversations or replies, nothing lost, every message true',
    () => {
        expect(report.disagreements).toBe(0)
        expect(report.duplicates).toBe(0)
        expect(report.duplicateReplies).toBe(0)
        expect(report.lost).toBe(0)
        expect(report.untrueMessages).toBe(0)
    }
)
