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
            /^(disagreement: IMS…: ServiceNow closed .*Genesys \{…\}|untrue_message: .* (disconnect|create_case) on IMS…: ok: .* -- Genesys is queued)/,
        example: { seed: 20261202, sequence: 9 },
    },
    {
        id: 'unclear-create-re-sent',
        bug:
            'A create answered 500 (or a broken body) after Genesys made the conversation is sent again by the ' +
            'outbox: two Genesys conversations for one email.',
        matches: /^duplicate: /,
        example: { seed: 20261202, sequence: 145 },
    },
    {
        id: 'unlinked-conversation-never-adopted',
        bug:
            'When a create got an unclear answer and its outbox row is dead, the conversation Genesys did make (it names ' +
            'the interaction in its attributes) is adopted only if a trigger event for it arrives; the reconciler skips ' +
            'interactions without a conversation id, so after a lost event ServiceNow stays queued while Genesys routes ' +
            'the email to an agent.',
        matches:
            /^disagreement: IMS…: ServiceNow queued \(owner none\), Genesys \{…\}; outbox: create_conversation dead/,
        example: { seed: 20261202, sequence: 15 },
    },
    {
        id: 'released-read-as-queued',
        bug:
            'After a supervisor disconnects the agent in Genesys (agent participant ended, no queue participant, ' +
            'customer still there) the machine maps "no agent participant" to queued: ServiceNow shows it waiting in a ' +
            'queue that Genesys is not routing it through, and the reconciler reads it every period for ever.',
        matches: /^disagreement: IMS…: ServiceNow queued \(owner none\), Genesys \{…\}$/,
        example: { seed: 20261202, sequence: 60 },
    },
    {
        id: 'unclear-agent-action-said-nothing-changed',
        bug:
            'A must-agree command (transfer, park, un-park) answered unclearly (502/504/500 after processing, reset, ' +
            'broken body) tells the agent "Nothing was changed" although Genesys did it; the answer is not settled by ' +
            'reading the conversation first (issue 8, item 3).',
        matches: /^untrue_message: .* Nothing was changed\. -- Genesys changed/,
        example: { seed: 20261202, sequence: 156 },
    },
    {
        id: 'broken-body-taken-as-done',
        bug:
            'A must-agree park (Hold, with or without a resume time) answered 200 with a broken JSON body is taken as ' +
            'done: ServiceNow parks it and tells the agent "On Hold (parked)" although Genesys did not park it (the ' +
            'stand-in answered without doing the work). An unclear answer must be settled by reading the conversation.',
        matches: /^untrue_message: .* hold( \(with resume time\))? on IMS…: ok: .* -- Genesys is connected, not parked/,
        example: { seed: 20261202, sequence: 109 },
    },
    {
        id: 'unclear-chained-reply-re-sent',
        bug:
            'A customer reply chained to the conversation (POST .../inboundmessages) answered 500 after Genesys took ' +
            'it is sent again by the outbox: the reply reaches Genesys twice.',
        matches: /^duplicate_reply: /,
        example: { seed: 20261202, sequence: 30 },
    },
]

export function knownFailureOf(finding: Finding): KnownFailure | undefined {
    const sig = signature(finding)
    return KNOWN_FAILURES.find((k) => k.matches.test(sig))
}
