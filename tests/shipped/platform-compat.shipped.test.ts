import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
    againstKnown,
    checkShippedApp,
    formatViolation,
    type KnownViolation,
} from '../../scripts/platform-compat/check'
import { sharedAppBuild } from '../support/shipped-runner/shared-build'
import { BUILD_TIMEOUT_MS } from './shipped-app-fixture'

/**
 * The build's compatibility check on the real package: every shipped script parses, and the only violations are
 * the ones scripts/platform-compat/known-violations.json lists (today: the bundled script includes' "use strict",
 * which the core refactor removes — this test then fails until the list is emptied).
 */
const known = JSON.parse(
    readFileSync(join(__dirname, '../../scripts/platform-compat/known-violations.json'), 'utf8')
) as KnownViolation[]
let report: ReturnType<typeof checkShippedApp>

beforeAll(() => {
    report = checkShippedApp(join(sharedAppBuild(), 'dist', 'app'))
}, BUILD_TIMEOUT_MS)

it('checks every server module, script include, wrapper, condition and client script of the package', () => {
    expect(report.scripts).toBeGreaterThan(100)
})

it('finds exactly the known violations, no new one and no stale entry', () => {
    const { fresh, stale } = againstKnown(report.violations, known)
    expect(fresh.map(formatViolation)).toEqual([])
    expect(stale).toEqual([])
})
