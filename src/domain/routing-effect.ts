/**
 * Side effects a transition asks for, as data. The state machine decides; the use-case layer runs
 * them in order (Genesys calls, case creation, notifications) through its ports.
 */
export type RoutingEffect =
    | { readonly type: 'genesys_create_conversation'; readonly queueId: string }
    | { readonly type: 'genesys_park' }
    | { readonly type: 'genesys_unpark' }
    | { readonly type: 'genesys_transfer_to_queue'; readonly queueId: string }
    | { readonly type: 'genesys_transfer_to_agent'; readonly genesysUserId: string }
    | { readonly type: 'genesys_disconnect'; readonly wrapupCode: string }
    | { readonly type: 'create_case' }
    | { readonly type: 'notify_case_created' }
    | { readonly type: 'open_follow_up_interaction' }

export type RoutingEffectType = RoutingEffect['type']

/** Effects that need Genesys to agree before ServiceNow changes (the agent waits for the answer). */
export function isGenesysEffect(effect: RoutingEffect): boolean {
    return effect.type.startsWith('genesys_')
}
