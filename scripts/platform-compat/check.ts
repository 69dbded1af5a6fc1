import { relative } from 'node:path'
import { readAppRecords } from '../lib/app-records'
import { checkScript, type RuleId } from './rules'
import { shippedScripts, xmlLineOf } from './shipped-scripts'

/** One refused construct in the built app: where (record file and line) and why. */
export interface Violation {
    /** The record's XML file and the line in it (the script's own line when the text is entity-encoded). */
    readonly file: string
    readonly line: number
    readonly label: string
    /** Line within the script text. */
    readonly scriptLine: number
    readonly rule: RuleId
    readonly message: string
}

/** A violation known and accepted for now, matched by record label and rule (not by line or file). */
export interface KnownViolation {
    readonly label: string
    readonly rule: RuleId
    readonly why: string
}

export interface CompatReport {
    readonly scripts: number
    readonly violations: readonly Violation[]
}

/** Parses every script of `appDir` (dist/app) and lists what the platform's engine refuses. */
export function checkShippedApp(appDir: string): CompatReport {
    const scripts = shippedScripts(readAppRecords(appDir))
    const violations: Violation[] = []
    for (const script of scripts) {
        const findings = checkScript(script.text, script.kind, { module: script.module })
        if (findings.length === 0) continue
        const base = xmlLineOf(script)
        for (const f of findings)
            violations.push({
                file: relative(process.cwd(), script.record.file),
                line: base === undefined ? f.line : base + f.line - 1,
                label: script.label,
                scriptLine: f.line,
                rule: f.rule,
                message: f.message,
            })
    }
    return { scripts: scripts.length, violations }
}

export const formatViolation = (v: Violation) =>
    `${v.file}:${v.line}: [${v.rule}] ${v.message} (${v.label}, line ${v.scriptLine})`

/** Splits violations into new ones and known ones; lists known entries nothing matched any more. */
export function againstKnown(violations: readonly Violation[], known: readonly KnownViolation[]) {
    const matches = (v: Violation, k: KnownViolation) => v.label === k.label && v.rule === k.rule
    return {
        fresh: violations.filter((v) => !known.some((k) => matches(v, k))),
        accepted: violations.filter((v) => known.some((k) => matches(v, k))),
        stale: known.filter((k) => !violations.some((v) => matches(v, k))),
    }
}
