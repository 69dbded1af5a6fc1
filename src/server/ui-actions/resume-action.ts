import type { GlideRecord } from '@servicenow/glide'
import { agentReply } from '../../app/agent-reply'
import { showAgentReply } from '../../platform/ui/show-agent-reply'
import { workspaceRouting } from '../composition-root'

/** UI action "Resume" on interaction. Resume: owner or admin, from Parked; Genesys un-parks to the same agent. */
export function resumeAction(current: GlideRecord): void {
    const { service, actor } = workspaceRouting()
    showAgentReply(agentReply(service.resume(actor, { interactionSysId: current.getUniqueValue() })))
}
