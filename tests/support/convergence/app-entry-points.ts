/**
 * The app's entry points as the convergence run drives them: the same calls on the TypeScript sources
 * (source-entry-points.ts) and on the shipped JavaScript through the runner (shipped-entry-points.ts).
 * Agent actions run as the given user and answer what Workspace would show: ok or not, and the sentence.
 */
export interface AgentAnswer {
    readonly ok: boolean
    readonly message: string
}

/** A customer email as the inbound email action gets it. */
export interface CustomerEmail {
    readonly subject: string
    readonly from: string
}

export type AgentAction =
    | { readonly kind: 'hold'; readonly resumeTime?: string }
    | { readonly kind: 'resume' }
    | { readonly kind: 'transfer'; readonly target: string }
    | { readonly kind: 'disconnect'; readonly wrapupCode: string }
    | { readonly kind: 'create_case' }

export interface AppEntryPoints {
    /** Inbound email action, type new (the action's own condition decides on the shipped app). */
    newEmail(email: CustomerEmail): void
    /** Inbound email action, type reply, on the interaction the platform matched. */
    reply(interactionSysId: string, email: CustomerEmail): void
    /** An agent clicks in Workspace: Hold / Resume / Create Case UI actions, Transfer / Disconnect Ajax. */
    agent(userSysId: string, interactionSysId: string, action: AgentAction): AgentAnswer
    /** Genesys's data action posts a trigger event body (POST /api/x_gcer/genesys/events). */
    genesysEvent(body: string): number
    outboxJob(): void
    reconcileJob(): void
}
