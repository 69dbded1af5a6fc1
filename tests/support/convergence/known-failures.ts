import { signature, type Finding } from './convergence-run'

/**
 * Bugs in src/ the convergence run finds today, each with the smallest sequence that shows it (replay with
 * CONVERGENCE_SEED=<seed> CONVERGENCE_ONLY=<sequence> npx jest tests/e2e/convergence.test.ts). They are the core
 * developer's to fix; the test that demands zero of everything is marked failing until then, and a finding that
 * matches none of these fails the suite at once.
 */
export interface KnownFailure {
    readonly id: string
    readonly bug: string
    /** Matched against the finding's signature (kind: detail, ids masked). */
    readonly matches: RegExp
    readonly example: { readonly seed: number; readonly sequence: number }
}

export const KNOWN_FAILURES: readonly KnownFailure[] = [
    {
        id: 'offer-acted-on-as-ownership',
        bug:
            'An agent who was only offered the email (participant alerting; the machine counts an offer as ownership) ' +
            'can Disconnect or Create Case: ServiceNow closes it and PATCHes the alerting participant disconnected, ' +
            'but Genesys keeps the email in its queue and offers it again (ServiceNow closed vs Genesys queued; the agent ' +
            'was told it is closed). Likewise after a missed offer whose user.end was not delivered yet: the agent who ' +
            'missed it still owns it in ServiceNow, his Disconnect closes it for good (the PATCH answers 400, dead in ' +
            'the outbox) while Genesys connects the next agent (example: seed 20261202 sequence 101).',
        matches:
            /^(disagreement: IMS…: ServiceNow closed .*Genesys \{"status":"(queued|connected)"|untrue_message: .* (disconnect|create_case) on IMS…: ok: .* -- Genesys is queued)/,
        example: { seed: 20261202, sequence: 9 },
    },
    {
        id: 'released-read-as-queued',
        bug:
            'After a supervisor disconnects the agent in Genesys (agent participant ended, no queue participant, ' +
            'customer still there) the machine maps "no agent participant" to queued: ServiceNow shows it waiting in a ' +
            'queue that Genesys is not routing it through, and the reconciler reads it every period for ever.',
        matches: /^disagreement: IMS…: ServiceNow queued \(owner none\), Genesys \{"status":"released"\}$/,
        example: { seed: 20261202, sequence: 60 },
    },
    {
        id: 'broken-body-taken-as-done',
        bug:
            'A 200 with a broken JSON body is taken as done although Genesys did not do the work (the stand-in answered ' +
            'without doing it): a Hold (with or without a resume time) parks in ServiceNow and tells the agent "On Hold ' +
            '(parked)" while Genesys still has the agent connected; a chained customer reply (inboundmessages) is ' +
            'recorded as joined and never reaches Genesys, with no outbox row (example: seed 20261202 sequence 186). ' +
            'An unclear answer must be settled by reading the conversation (issue 8, item 3).',
        matches:
            /^(untrue_message: .* hold( \(with resume time\))? on IMS…: ok: .* -- Genesys is connected, not parked|lost: \d+ replies to interactions with a conversation; \d+ reached Genesys, 0 wait in the outbox)/,
        example: { seed: 20261202, sequence: 109 },
    },
]

export function knownFailureOf(finding: Finding): KnownFailure | undefined {
    const sig = signature(finding)
    return KNOWN_FAILURES.find((k) => k.matches.test(sig))
}

/** One line per known failure: how many findings it explains in this run (0: fixed, take it off the list). */
export function knownFailureCounts(findings: readonly Finding[]): string {
    return KNOWN_FAILURES.map(
        (k) => `known failure ${k.id}: ${findings.filter((f) => knownFailureOf(f) === k).length} finding(s)\n`
    ).join('')
}
