import type { GenesysApi, GenesysResult } from '../genesys/genesys-api'
import type { GenesysError } from '../genesys/genesys-error'

export type Verdict = 'pass' | 'warn' | 'fail'

export interface SetupCheckLine {
    /** Stable id, e.g. `permission.conversation:email:park`, `queue.<queueId>`. */
    readonly id: string
    readonly label: string
    readonly verdict: Verdict
    readonly detail: string
}

/** An id no Genesys object has: write probes aimed at it change nothing. */
const PROBE_ID = '00000000-0000-0000-0000-000000000000'

/**
 * One permission of the shipped role (genesys/oauth/role.json) and the call that shows it works.
 *
 * Read permissions are probed with the real read. Write permissions cannot be exercised without
 * changing something, so their probe is the write aimed at PROBE_ID: a 404/400 shows Genesys got past
 * authorization, a 403 `missing.permissions` shows the role lacks it. [inferred] That Genesys checks
 * permissions before it looks up the ids (the API returns 403 for a missing permission whatever the
 * target; not documented per operation).
 */
export interface PermissionProbe {
    readonly permission: string
    /** The call, as an admin would read it in the report. */
    readonly call: string
    readonly run: (api: GenesysApi, nowMs: number) => GenesysResult<unknown>
    /** `read`: success is the proof. `refused`: a 404/400 for PROBE_ID is the proof. */
    readonly proof: 'read' | 'refused'
}

export const PERMISSION_PROBES: readonly PermissionProbe[] = [
    {
        permission: 'routing:queue:view',
        call: 'GET /api/v2/routing/queues',
        run: (api) => api.listQueues(),
        proof: 'read',
    },
    {
        permission: 'analytics:conversationDetail:view',
        call: 'POST /api/v2/analytics/conversations/details/query',
        run: (api, nowMs) =>
            api.findEmailConversationByAttribute(
                'servicenowInteractionSysId',
                'x_gcer-setup-check',
                new Date(nowMs - 60000).toISOString()
            ),
        proof: 'read',
    },
    {
        permission: 'conversation:email:create',
        call: `POST /api/v2/conversations/emails (queueId ${PROBE_ID})`,
        run: (api) =>
            api.createEmailConversation({
                provider: 'x_gcer setup check',
                queueId: PROBE_ID,
                toAddress: 'setup-check@invalid',
                fromAddress: 'setup-check@invalid',
                subject: 'x_gcer setup check',
            }),
        proof: 'refused',
    },
    {
        permission: 'conversation:communication:blindTransferQueue',
        call: 'POST /api/v2/conversations/{id}/participants/{pid}/replace/queue (ids unknown)',
        run: (api) => api.transferToQueue(PROBE_ID, PROBE_ID, PROBE_ID),
        proof: 'refused',
    },
    {
        permission: 'conversation:communication:blindTransferAgent',
        call: 'POST /api/v2/conversations/{id}/participants/{pid}/replace/agent (ids unknown)',
        run: (api) => api.transferToAgent(PROBE_ID, PROBE_ID, PROBE_ID),
        proof: 'refused',
    },
    {
        permission: 'conversation:email:park',
        call: 'PATCH /api/v2/conversations/emails/{id}/participants/{pid}/parkingstate (ids unknown)',
        run: (api) => api.park(PROBE_ID, PROBE_ID),
        proof: 'refused',
    },
    {
        permission: 'conversation:participant:wrapup',
        call: 'POST /api/v2/conversations/emails/{id}/participants/{pid}/communications/{cid}/wrapup (ids unknown)',
        run: (api) => api.applyWrapup(PROBE_ID, PROBE_ID, PROBE_ID, { code: PROBE_ID }),
        proof: 'refused',
    },
    {
        // The participant PATCH accepts ANY of participant:wrapup, call:record, communication:disconnect,
        // email:park: a 403 proves disconnect is missing, a 404 proves one of the four (see permissionLines).
        permission: 'conversation:communication:disconnect',
        call: 'PATCH /api/v2/conversations/emails/{id}/participants/{pid} (ids unknown)',
        run: (api) => api.disconnectWithWrapup(PROBE_ID, PROBE_ID, { code: PROBE_ID }),
        proof: 'refused',
    },
]

/** Verdict of one probe's answer. */
export function probeVerdict(
    probe: PermissionProbe,
    result: GenesysResult<unknown>
): { verdict: Verdict; detail: string } {
    if (result.ok) {
        return probe.proof === 'read'
            ? { verdict: 'pass', detail: `${probe.call} answered` }
            : { verdict: 'warn', detail: `${probe.call} succeeded for an id that should not exist; check Genesys` }
    }
    const e = result.error
    if (e.kind === 'forbidden')
        return { verdict: 'fail', detail: `${probe.call}: 403 ${e.code || ''} ${e.message}`.trim() }
    if (probe.proof === 'refused' && (e.kind === 'not_found' || e.kind === 'bad_request') && e.status !== 0)
        return { verdict: 'pass', detail: `${probe.call}: ${e.status} (past authorization)` }
    return { verdict: 'warn', detail: `${probe.call}: could not probe (${describe(e)})` }
}

export function describe(error: GenesysError): string {
    return `${error.kind}${error.status ? ` ${error.status}` : ''}${error.code ? ` ${error.code}` : ''}: ${error.message}`
}
