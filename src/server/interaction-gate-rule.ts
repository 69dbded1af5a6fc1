import { gs, type GlideRecord } from '@servicenow/glide'
import { applyGateDecision, decideInteractionEdit } from '../app/form-change'
import { createRoutingService } from '../app/routing-service'
import { currentBoundInteractions, editingActor, readInteractionEdit } from '../platform/interaction-gate'
import { systemClock } from '../platform/system-clock'
import { platformDeps } from './composition-root'

/**
 * Business rule (before update on interaction, State or Assigned to changes): a change the app's buttons did not
 * make goes through the machine like theirs. Hold and transfer ask Genesys first: if it refuses, the save is
 * aborted with the reason and nothing changes. Disconnect closes now and reaches Genesys eventually.
 */
export function interactionGateRule(current: GlideRecord, previous: GlideRecord): void {
    const edit = readInteractionEdit(current, previous)
    if (!edit) return
    const decision = decideInteractionEdit(edit)
    if (decision.kind === 'none') return
    const base = platformDeps('interactive')
    const now = () => systemClock.nowMs()
    const deps = { ...base, interactions: currentBoundInteractions(current, previous, base.interactions, now) }
    const done = applyGateDecision(createRoutingService(deps), editingActor(), current.getUniqueValue(), decision)
    if (!done.ok) {
        gs.addErrorMessage(`Not saved: ${done.error.message}`)
        current.setAbortAction(true)
        return
    }
    if (done.value) gs.addInfoMessage(done.value.message)
}
