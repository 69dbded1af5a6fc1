import type { GlideRecord } from '@servicenow/glide'
import { agentReply } from '../../app/agent-reply'
import { showAgentReply } from '../../platform/ui/show-agent-reply'
import { workspaceRouting } from '../composition-root'

/** UI action "Create Case" on interaction: case created and linked, customer notified, interaction closed. */
export function createCaseAction(current: GlideRecord): void {
    const { service, actor } = workspaceRouting()
    showAgentReply(agentReply(service.createCase(actor, { interactionSysId: current.getUniqueValue() })))
}
