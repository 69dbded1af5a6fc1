import { GlideRecord } from '@servicenow/glide'
import type { IntegrationUserFact, PlatformFacts } from '../../app/setup-check'
import { ROLES } from '../current-actor'
import { emailInteractionCoexistence } from '../email/email-interaction-coexistence'
import { valueOf } from '../glide/record-values'
import { PROPERTY } from '../property-names'
import { readInboundMailboxes } from '../settings/inbound-mailboxes'
import { textProperty, type PropertySource } from '../settings/settings-problem'

/** The role of the events endpoint's ACL (fluent/rest-api.now.ts, adminOverrides false: admin does not count). */
const EVENTS_ACL_ROLE = ROLES.integration
/** snc_internal: without it a user of an instance with explicit roles is refused every API call. */
export const INTEGRATION_USER_ROLES = [EVENTS_ACL_ROLE, 'snc_internal'] as const

const isTrue = (value: string | null) => value === '1' || value === 'true'

function findUser(userName: string): GlideRecord | null {
    const gr = new GlideRecord('sys_user')
    gr.addQuery('user_name', userName)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr : null
}

/** Whether the user holds the role by name (sys_user_has_role rows include inherited roles). */
function holdsRole(userSysId: string, roleName: string): boolean {
    const role = new GlideRecord('sys_user_role')
    role.addQuery('name', roleName)
    role.setLimit(1)
    role.query()
    if (!role.next()) return false
    const held = new GlideRecord('sys_user_has_role')
    held.addQuery('user', userSysId)
    held.addQuery('role', role.getUniqueValue())
    held.setLimit(1)
    held.query()
    return held.next()
}

/** The integration user named by x_gcer.integration.user_name, as the setup check reports it. */
function readIntegrationUser(source: PropertySource): IntegrationUserFact {
    const requiredRoles = INTEGRATION_USER_ROLES.slice()
    const userName = textProperty(source, PROPERTY.integrationUserName)
    if (userName === null)
        return {
            userName: `(${PROPERTY.integrationUserName} is not set)`,
            exists: false,
            active: false,
            roles: [],
            requiredRoles,
        }
    const user = findUser(userName)
    if (user === null) return { userName, exists: false, active: false, roles: [], requiredRoles }
    const sysId = user.getUniqueValue()
    const roles = requiredRoles.filter((role) => holdsRole(sysId, role))
    return { userName, exists: true, active: isTrue(valueOf(user, 'active')), roles, requiredRoles }
}

/** The endpoint answers the user when it is active and holds the ACL's role (the handler checks it too). */
function endpointReachable(user: IntegrationUserFact): { reachable: boolean; detail: string } {
    const endpoint = 'POST /api/x_gcer/genesys/events'
    if (!user.exists) return { reachable: false, detail: `${endpoint}: no integration user ${user.userName}.` }
    if (!user.active) return { reachable: false, detail: `${endpoint}: ${user.userName} is inactive.` }
    return user.roles.indexOf(EVENTS_ACL_ROLE) >= 0
        ? {
              reachable: true,
              detail: `${endpoint}: ${user.userName} holds ${EVENTS_ACL_ROLE} (the endpoint's ACL role).`,
          }
        : {
              reachable: false,
              detail: `${endpoint}: ${user.userName} lacks ${EVENTS_ACL_ROLE}; the ACL refuses it (403).`,
          }
}

/** The setup check's platform facts over Glide; each read on demand, so a fix shows on the next run. */
export function createPlatformFacts(source: PropertySource): PlatformFacts {
    return {
        integrationUser: () => readIntegrationUser(source),
        configuredMailboxes() {
            const mailboxes = readInboundMailboxes(source)
            return mailboxes.ok ? mailboxes.value : []
        },
        activeCompetingEmailFlows: () =>
            emailInteractionCoexistence()
                .flows.filter((flow) => flow.active)
                .map((flow) => flow.name),
        eventsEndpointReachable: () => endpointReachable(readIntegrationUser(source)),
    }
}
