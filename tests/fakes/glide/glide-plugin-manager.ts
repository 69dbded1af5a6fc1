/**
 * Fake GlidePluginManager (the scoped API typed in @servicenow/glide src/types/GlidePluginManager.d.ts):
 * only isActive(plugin_id), answering from the plugins a test activates.
 */
const activePlugins = new Set<string>()

/** Marks plugins active (e.g. 'sn_eaai_csm', Email Interaction for CSM) until resetGlide(). */
export function activatePlugins(...ids: string[]): void {
    for (const id of ids) activePlugins.add(id)
}

export function resetPlugins(): void {
    activePlugins.clear()
}

export class GlidePluginManager {
    static isActive(plugin_id: string): boolean {
        return activePlugins.has(plugin_id)
    }
}
