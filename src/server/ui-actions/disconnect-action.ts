import type { GlideRecord } from '@servicenow/glide'
import { agentReply } from '../../app/agent-reply'
import { showAgentReply } from '../../platform/ui/show-agent-reply'
import { workspaceRouting } from '../../platform/ui/workspace-routing'

/** UI action "Disconnect" on interaction. Disconnect: closes with the default wrap-up code; routing goes back to Genesys. */
export function disconnectAction(current: GlideRecord): void {
    const { service, actor } = workspaceRouting()
    showAgentReply(agentReply(service.disconnect(actor, { interactionSysId: current.getUniqueValue() })))
}
