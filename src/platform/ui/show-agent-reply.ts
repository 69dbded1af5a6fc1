import { gs } from '@servicenow/glide'
import type { AgentReply } from '../../app/agent-reply'

/** Server-side UI actions report through session messages, which Workspace shows on the form. */
export function showAgentReply(reply: AgentReply): void {
    if (reply.ok) gs.addInfoMessage(reply.message)
    else gs.addErrorMessage(reply.message)
}
