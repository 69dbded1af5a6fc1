import { err, ok, type Result } from '../../domain/result'
import type { ActionDone } from '../action-result'
import { appError, type AppError } from '../app-error'
import { genesysViewOf, interactionNamedBy } from '../genesys-view'
import type { EmailConversation } from '../../genesys/genesys-api'
import type { MappedAgent } from '../../domain/transfer-targets'
import type { GenesysView } from '../../domain/routing-event'
import { isTerminal } from '../../domain/routing-status'
import { followUpOf } from '../follow-up'
import { recordHistory } from '../history'
import type { Actor, InteractionRecord } from '../ports'
import type { RoutingDeps } from '../routing-deps'
import { refuse, runTransition } from '../run-transition'

export interface Observation {
    /** The interaction linked to the conversation, if any. */
    readonly linked: InteractionRecord | null
    readonly conversation: EmailConversation
    readonly actor: Actor | null
    /** The Genesys event key that prompted the read (none for the reconciler). */
    readonly externalId: string | null
    /** The event's participant and session (communication) ids: a read does not name the communication. */
    readonly session: { readonly participantId: string; readonly id: string } | null
}

/**
 * The interaction a conversation nobody is linked to belongs to: the queued one our create named in the
 * conversation's attributes, when it has no conversation yet (its create got no clear answer).
 */
function adoptable(deps: RoutingDeps, conversation: EmailConversation): Result<InteractionRecord, AppError> {
    const unknown = (detail = '') =>
        err(
            appError('not_found', `No interaction is linked to Genesys Cloud conversation ${conversation.id}${detail}.`)
        )
    const named = interactionNamedBy(conversation)
    if (!named) return unknown()
    const interaction = deps.interactions.get(named)
    if (!interaction)
        return unknown(`, and interaction ${named} it names does not exist or is not routed through Genesys Cloud`)
    if (interaction.status !== 'queued' || interaction.conversationId)
        return unknown(
            `; ${interaction.number}, which it names, is ${interaction.status}${interaction.conversationId ? ` and follows conversation ${interaction.conversationId}` : ''}, so nothing changed`
        )
    return ok(interaction)
}

/**
 * A closed or abandoned interaction never moves again. When Genesys routes its conversation again anyway (a
 * transfer made in Genesys just before the agent's Disconnect, a reply that reached the conversation late), a new
 * interaction linked to it follows the conversation from now on, as a reply to a closed interaction does. Our own
 * pending Disconnect (the read still shows the same agent participant) is not such a case.
 */
function followUpFor(deps: RoutingDeps, interaction: InteractionRecord, view: GenesysView): InteractionRecord | null {
    if (!isTerminal(interaction.status) || view.ended) return interaction
    const routedAgain = view.agent ? view.agent.participantId !== interaction.participantId : view.inQueue
    if (!routedAgain) return interaction
    const created = deps.interactions.create(followUpOf(interaction, view.conversationId, view.queueId))
    if (!created.ok) return null
    recordHistory(
        deps.events,
        created.value.sysId,
        { status: 'none', owner: null },
        {
            event: 'genesys_observed',
            outcome: 'applied',
            message: `Genesys Cloud routes the conversation of ${interaction.number} again although it is ${interaction.status}, so ${created.value.number} was created to follow it.`,
        },
        created.value
    )
    return created.value
}

function describe(before: InteractionRecord, after: InteractionRecord, seen: readonly MappedAgent[]): string {
    const n = before.number
    const name = seen.find((a) => a.userSysId === after.owner)?.name ?? 'an agent'
    const adopted =
        before.conversationId === null && after.conversationId
            ? ` ${n} had no Genesys conversation stored (its create got no clear answer), so it now follows conversation ${after.conversationId}, which names it.`
            : ''
    const said = (text: string) => `${text}${adopted}`
    if (after.status === 'abandoned') return said(`Genesys Cloud ended ${n} before an agent took it; it is abandoned.`)
    if (after.status === 'closed')
        return said(
            `Genesys Cloud ended the conversation of ${n} while an agent held it (it was ended in Genesys, not from ServiceNow); it is closed, the agent's capacity is released and nothing was sent to Genesys.`
        )
    if (after.status === 'queued' && before.status !== 'queued')
        return said(
            `${n} is back in a Genesys Cloud queue (it was transferred or its agent left in Genesys); it is no longer assigned to its previous agent.`
        )
    if (before.status === 'queued' && after.owner) return said(`Genesys Cloud assigned ${n} to ${name}.`)
    if (before.owner !== after.owner) return said(`Genesys Cloud moved ${n} to ${name} (changed in Genesys).`)
    if (after.status === 'parked' && before.status !== 'parked')
        return said(`${n} is parked in Genesys Cloud${after.parkedUntil ? ` until ${after.parkedUntil}` : ''}.`)
    if (after.status === 'connected' && before.status === 'parked')
        return said(`${n} was resumed in Genesys Cloud and is back in progress with ${name}.`)
    if (before.participantId !== after.participantId)
        return said(`Genesys Cloud offered ${n} to ${name} again; its new Genesys participant is stored.`)
    return said(`Genesys Cloud confirms ${n} is ${after.status}; its Genesys ids were updated.`)
}

/**
 * Applies what a read of the conversation says through the machine (event genesys_observed): the event path,
 * the reconciler and the unclear-answer path all come here. One routing-event row; the read time is stored so
 * older events and the reconciler skip what is already confirmed.
 */
export function applyGenesysState(deps: RoutingDeps, seen: Observation): Result<ActionDone, AppError> {
    const subject = seen.linked ?? null
    const found = subject ? ok(subject) : adoptable(deps, seen.conversation)
    if (!found.ok) return found
    const before = found.value
    // The agent the read names is looked up once: for the view and for the message.
    const looked: MappedAgent[] = []
    const lookup = {
        findByGenesysUserId: (id: string) => {
            const agent = deps.agents.findByGenesysUserId(id)
            if (agent) looked.push(agent)
            return agent
        },
    }
    const view = genesysViewOf(seen.conversation, lookup, seen.session)
    const following = followUpFor(deps, before, view)
    if (following !== before) {
        if (!following)
            return err(
                appError(
                    'interaction_not_created',
                    `${before.number} is ${before.status}, and the interaction that follows its conversation again could not be created.`
                )
            )
        return applyGenesysState(deps, { ...seen, linked: following })
    }
    if (view.agent && !view.agent.userSysId) {
        // Not confirmed: the same event, sent again once the admin mapped the agent, must not count as older.
        const message = `Genesys Cloud user ${view.agent.genesysUserId} holds ${before.number} but is not mapped to an active ServiceNow agent; map the agent (Genesys Cloud user ID on the user record) and it is assigned on the next read.`
        return refuse(deps, before, 'genesys_observed', seen.actor, appError('unmapped_agent', message))
    }
    return runTransition(deps, {
        subject: { kind: 'existing', record: before },
        event: { type: 'genesys_observed', view },
        actor: seen.actor,
        externalId: seen.externalId,
        // An offer is read again on the next reconcile run (never-confirmed interactions go first): the accept
        // fires no topic the app subscribes to, so that read is what assigns the agent who accepted.
        confirmedAtMs: view.agent && view.agent.state === 'alerting' ? null : deps.clock.nowMs(),
        // An event's key must be kept even when nothing changed (repeats are recognised by it); a reconciler
        // read that only confirms leaves no row: one history row per correction.
        recordUnchanged: seen.externalId !== null,
        say: {
            action: 'read the conversation',
            done: ({ interaction }) => describe(before, interaction, looked),
            unchanged: `Genesys Cloud confirms ${before.number} is ${before.status}; nothing changed.`,
        },
    })
}
