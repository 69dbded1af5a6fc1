import type { GenesysCommand } from '../domain/genesys-command'
import type { EmailConversation } from '../genesys/genesys-api'
import type { GenesysError } from '../genesys/genesys-error'
import type { RoutingDeps } from './routing-deps'

/**
 * An answer that does not say whether Genesys carried the request out: a timeout, a dropped connection, a 500 or
 * a gateway's 502/504, a 2xx with a body that cannot be read. 429 and 503 are clear: Genesys did not process it.
 * Such an answer means "unknown", never "failed": it is settled by reading Genesys, not by guessing. A request
 * that was never sent (no token could be had) is clear whatever the token endpoint answered: nothing was done.
 */
export function isUnclearAnswer(error: GenesysError): boolean {
    if (error.notSent) return false
    if (error.maybeProcessed) return true
    if (error.kind === 'timeout' || error.kind === 'network' || error.kind === 'invalid_response') return true
    return error.status === 500 || error.status === 502 || error.status === 504
}

export type Settled = 'done' | 'not_done' | 'unknown'

const GONE = ['disconnected', 'terminated']

/** What a read of the conversation says about one command on the agent participant. */
function commandOutcomeIn(conversation: EmailConversation, command: GenesysCommand): Settled {
    if (!('participantId' in command)) return 'unknown'
    const participant = conversation.participants.find((p) => p.id === command.participantId)
    if (!participant) return 'unknown'
    const gone = GONE.indexOf(participant.state) >= 0
    switch (command.kind) {
        case 'park':
            return participant.state === 'parked' ? 'done' : gone ? 'unknown' : 'not_done'
        case 'unpark':
            return participant.state === 'parked' ? 'not_done' : gone ? 'unknown' : 'done'
        case 'transfer_to_queue':
        case 'transfer_to_agent':
        case 'disconnect':
            // The participant is replaced (transfer) or ended (disconnect) once Genesys has carried it out.
            return gone ? 'done' : 'not_done'
    }
}

/**
 * Settles an unclear answer to a command on the agent participant by reading the conversation
 * (GET /api/v2/conversations/emails/{id}): done, not done, or still unknown (the read failed too).
 */
export function settleByReading(deps: Pick<RoutingDeps, 'genesys'>, command: GenesysCommand): Settled {
    if (!('conversationId' in command) || !('participantId' in command)) return 'unknown'
    const read = deps.genesys.getEmailConversation(command.conversationId)
    return read.ok ? commandOutcomeIn(read.value, command) : 'unknown'
}
