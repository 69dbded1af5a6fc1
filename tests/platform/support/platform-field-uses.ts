/**
 * Every field src/platform reads, writes or queries, per adapter file and table. This is the list the
 * platform-field test checks against the platform schema (tests/fakes/glide/platform/*); the same test
 * proves the list complete: statically (every field name in the file's Glide calls is listed for that
 * file) and by running the adapters on a recording fake (every table.field touched is listed with that use).
 */
export type FieldUseKind = 'read' | 'write' | 'query'

type Uses = Readonly<Record<string, readonly FieldUseKind[]>>

const R: FieldUseKind[] = ['read']
const W: FieldUseKind[] = ['write']
const Q: FieldUseKind[] = ['query']
const RW: FieldUseKind[] = ['read', 'write']
const RQ: FieldUseKind[] = ['read', 'query']
const WQ: FieldUseKind[] = ['write', 'query']
const RWQ: FieldUseKind[] = ['read', 'write', 'query']

export const DECLARED_FIELD_USES: Readonly<Record<string, Readonly<Record<string, Uses>>>> = {
    'src/platform/interaction-repository.ts': {
        interaction: {
            sys_id: Q,
            number: R,
            type: W,
            state: W,
            short_description: RW,
            contact: RW,
            account: RW,
            assigned_to: RW,
            parent_interaction: RW,
            opened_at: W,
            closed_at: RW,
            x_gcer_routing_status: RWQ,
            x_gcer_conversation_id: RWQ,
            x_gcer_participant_id: RW,
            x_gcer_communication_id: RW,
            x_gcer_queue_id: RW,
            x_gcer_pending_target: RW,
            x_gcer_parked_until: RW,
            x_gcer_last_confirmed: RWQ,
            sys_created_on: Q,
        },
    },
    'src/platform/case-service.ts': {
        sn_customerservice_case: {
            contact: W,
            account: W,
            short_description: W,
            description: W,
            contact_type: W,
            number: R,
        },
        interaction_related_record: { interaction: W, document_table: W, document_id: W, type: W },
    },
    'src/platform/case-notifier.ts': { interaction: { sys_id: Q }, sn_customerservice_case: { sys_id: Q } },
    // The gate compares the stored and the about-to-be-saved State and Assigned to (routing columns are the app's).
    'src/platform/interaction-gate.ts': {
        interaction: {
            state: R,
            assigned_to: R,
            x_gcer_routing_status: R,
            x_gcer_participant_id: R,
            x_gcer_pending_target: R,
            x_gcer_last_confirmed: R,
        },
    },
    'src/platform/agent-directory.ts': {
        sys_user: { sys_id: Q, name: RQ, user_name: R, active: RQ, x_gcer_genesys_user_id: RQ },
    },
    'src/platform/email/customer-lookup.ts': {
        customer_contact: { sys_id: Q, email: Q, active: Q, account: R },
    },
    'src/platform/email/email-intake.ts': { sysevent: { instance: R, state: W } },
    'src/platform/email/agent-reply-mail.ts': {
        interaction: { contact: R, consumer: R },
        customer_contact: { sys_id: Q, email: R },
        csm_consumer: { sys_id: Q, email: R },
        sys_email: { instance: Q, type: Q, sys_created_on: Q, user: R },
    },
    'src/server/agent-reply.ts': { interaction: { sys_id: Q } },
    'src/platform/email/email-interaction-coexistence.ts': { sys_hub_flow: { name: Q, active: Q } },
    'src/platform/setup/platform-facts.ts': {
        sys_user: { user_name: Q, active: R },
        sys_user_role: { name: Q },
        sys_user_has_role: { user: Q, role: Q },
    },
    'src/platform/settings/property-guard.ts': { sys_properties: { name: R, value: R } },
    'src/platform/genesys/token-store.ts': {
        x_gcer_oauth_token: { environment: WQ, credential_alias: WQ, access_token: RW, expires_at: RW },
    },
    'src/platform/outbox-store.ts': {
        x_gcer_outbox: {
            sys_id: Q,
            sys_created_on: Q,
            interaction: RWQ,
            operation: RW,
            payload: RW,
            idempotency_key: RWQ,
            state: RWQ,
            attempts: RW,
            next_attempt_at: RWQ,
            last_error: RW,
            claimed_by: RWQ,
            claimed_until: WQ,
        },
    },
    'src/platform/outbox-requeue.ts': { x_gcer_outbox: { state: RW, attempts: W, next_attempt_at: W } },
    'src/platform/routing-event-log.ts': {
        x_gcer_routing_event: {
            interaction: W,
            event: W,
            from_status: W,
            to_status: W,
            from_owner: W,
            to_owner: W,
            target: W,
            actor: W,
            correlation_id: W,
            external_id: WQ,
            outcome: WQ,
            message: W,
            occurred_at: W,
        },
    },
}

/** One row per file, table and field. */
export function declaredRows(): { file: string; table: string; field: string; uses: readonly FieldUseKind[] }[] {
    return Object.entries(DECLARED_FIELD_USES).flatMap(([file, tables]) =>
        Object.entries(tables).flatMap(([table, fields]) =>
            Object.entries(fields).map(([field, uses]) => ({ file, table, field, uses }))
        )
    )
}
