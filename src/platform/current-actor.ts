import { gs } from '@servicenow/glide'
import type { Actor } from '../app/ports'

export const ROLES = {
    agent: 'x_gcer.agent',
    admin: 'x_gcer.admin',
    integration: 'x_gcer.integration',
} as const

/** The session user. gs.hasRole is also true for the platform `admin` role, as ACLs are. */
export function currentActor(): Actor {
    return {
        userSysId: gs.getUserID(),
        isAgent: gs.hasRole(ROLES.agent),
        isAdmin: gs.hasRole(ROLES.admin),
        isIntegration: gs.hasRole(ROLES.integration),
    }
}
