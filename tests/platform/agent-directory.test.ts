import { createAgentDirectory } from '../../src/platform/agent-directory'
import { glideStats, resetGlide, resetGlideStats, seedRecord } from '../fakes/glide'

const G1 = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeee1'
const G2 = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeee2'

beforeEach(() => resetGlide())

describe('agent directory', () => {
    it('finds an active mapped user by Genesys id, case-insensitively, in one read', () => {
        const ada = seedRecord('sys_user', { name: 'Ada', user_name: 'ada', x_gcer_genesys_user_id: G1 })
        resetGlideStats()
        expect(createAgentDirectory().findByGenesysUserId(G1.toUpperCase())).toEqual({
            userSysId: ada,
            genesysUserId: G1,
            name: 'Ada',
            active: true,
        })
        expect(glideStats()).toMatchObject({ reads: 1, writes: 0 })
    })

    it('prefers the active account when an inactive one shares the Genesys id', () => {
        seedRecord('sys_user', { name: 'Old Ada', active: false, x_gcer_genesys_user_id: G1 })
        const ada = seedRecord('sys_user', { name: 'Ada', active: true, x_gcer_genesys_user_id: G1 })
        expect(createAgentDirectory().findByGenesysUserId(G1)?.userSysId).toBe(ada)
    })

    it('reports an inactive-only mapping as inactive, and unknown or malformed ids as unmapped', () => {
        seedRecord('sys_user', { name: 'Gone', active: false, x_gcer_genesys_user_id: G1 })
        const dir = createAgentDirectory()
        expect(dir.findByGenesysUserId(G1)?.active).toBe(false)
        expect(dir.findByGenesysUserId(G2)).toBeNull()
        resetGlideStats()
        expect(dir.findByGenesysUserId('not-a-uuid^ORactive=true')).toBeNull()
        expect(glideStats().reads).toBe(0)
    })

    it('finds by sys_id only when the user is mapped to a well-formed Genesys id', () => {
        const mapped = seedRecord('sys_user', { name: 'Ada', x_gcer_genesys_user_id: G1 })
        const unmapped = seedRecord('sys_user', { name: 'Bob' })
        const garbage = seedRecord('sys_user', { name: 'Cy', x_gcer_genesys_user_id: 'cy@genesys' })
        const dir = createAgentDirectory()
        expect(dir.findBySysId(mapped)?.genesysUserId).toBe(G1)
        expect(dir.findBySysId(unmapped)).toBeNull()
        expect(dir.findBySysId(garbage)).toBeNull()
        expect(dir.findBySysId('')).toBeNull()
    })

    it('lists active mapped agents by name in one read', () => {
        seedRecord('sys_user', { name: 'Zoe', x_gcer_genesys_user_id: G2 })
        seedRecord('sys_user', { name: 'Ada', x_gcer_genesys_user_id: G1 })
        seedRecord('sys_user', { name: 'Inactive', active: false, x_gcer_genesys_user_id: G1 })
        seedRecord('sys_user', { name: 'Unmapped' })
        seedRecord('sys_user', { name: 'Malformed', x_gcer_genesys_user_id: 'x' })
        resetGlideStats()
        const names = createAgentDirectory()
            .listMappedAgents()
            .map((a) => a.name)
        expect(names).toEqual(['Ada', 'Zoe'])
        expect(glideStats()).toMatchObject({ reads: 1, writes: 0 })
    })
})
