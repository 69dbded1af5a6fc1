import type { GlideRecord } from '@servicenow/glide'
import { agentReply } from '../../app/agent-reply'
import { showAgentReply } from '../../platform/ui/show-agent-reply'
import { workspaceRouting } from '../composition-root'

/** UI action "Hold" on interaction. Hold (On Hold / Genesys parked): owner or admin, from Connected. */
export function holdAction(current: GlideRecord): void {
    const { service, actor } = workspaceRouting()
    showAgentReply(agentReply(service.hold(actor, { interactionSysId: current.getUniqueValue() })))
}
