import { GlideRecord } from '@servicenow/glide'
import { isGenesysId } from '../domain/genesys-id'
import type { MappedAgent } from '../domain/transfer-targets'
import type { AgentDirectory } from '../app/ports'
import { valueOf } from './glide/record-values'

const TABLE = 'sys_user'
const GENESYS_ID = 'x_gcer_genesys_user_id'
/** Far above any contact-centre team offered in one picker; bounds the query. */
const MAX_AGENTS = 1000

/** Null unless the user holds a well-formed Genesys user id: anything else is not a mapping. */
function toAgent(gr: GlideRecord): MappedAgent | null {
    const genesysUserId = valueOf(gr, GENESYS_ID)
    if (!isGenesysId(genesysUserId)) return null
    return {
        userSysId: gr.getUniqueValue(),
        genesysUserId: genesysUserId.toLowerCase(),
        name: valueOf(gr, 'name') || valueOf(gr, 'user_name') || '',
        active: valueOf(gr, 'active') === '1' || valueOf(gr, 'active') === 'true',
    }
}

/** sys_user rows mapped to Genesys users through sys_user.x_gcer_genesys_user_id. */
export function createAgentDirectory(): AgentDirectory {
    return {
        findByGenesysUserId(genesysUserId) {
            if (!isGenesysId(genesysUserId)) return null
            const gr = new GlideRecord(TABLE)
            gr.addQuery(GENESYS_ID, genesysUserId)
            // A re-hired agent may share the id with their old, inactive account: prefer the active one.
            gr.orderByDesc('active')
            gr.setLimit(1)
            gr.query()
            return gr.next() ? toAgent(gr) : null
        },

        findBySysId(userSysId) {
            if (userSysId === '') return null
            const gr = new GlideRecord(TABLE)
            gr.addQuery('sys_id', userSysId)
            gr.setLimit(1)
            gr.query()
            return gr.next() ? toAgent(gr) : null
        },

        listMappedAgents() {
            const gr = new GlideRecord(TABLE)
            gr.addQuery('active', true)
            gr.addNotNullQuery(GENESYS_ID)
            gr.orderBy('name')
            gr.setLimit(MAX_AGENTS)
            gr.query()
            const agents: MappedAgent[] = []
            while (gr.next()) {
                const agent = toAgent(gr)
                if (agent) agents.push(agent)
            }
            return agents
        },
    }
}
