import { readFileSync } from 'node:fs'
import { againstKnown, checkShippedApp, formatViolation, type KnownViolation } from './check'

/**
 * `npm run build` step after `now-sdk build`: every shipped script parsed and checked against the platform's
 * engine limits (rules.ts). Exit code 1 on a violation not listed in known-violations.json, with file and line.
 * Usage: node build/platform-compat.mjs [dist/app] [known-violations.json]
 */
const appDir = process.argv[2] ?? 'dist/app'
const knownFile = process.argv[3] ?? 'scripts/platform-compat/known-violations.json'
const known = JSON.parse(readFileSync(knownFile, 'utf8')) as KnownViolation[]
const report = checkShippedApp(appDir)
const { fresh, accepted, stale } = againstKnown(report.violations, known)
for (const v of accepted) console.log(`known, accepted for now: ${formatViolation(v)}`)
for (const k of stale)
    console.log(`known violation no longer present, remove it from ${knownFile}: ${k.label} [${k.rule}]`)
for (const v of fresh) console.error(formatViolation(v))
console.log(`platform compatibility: ${report.scripts} shipped scripts checked, ${fresh.length} violation(s)`)
if (fresh.length > 0) process.exitCode = 1
