import { currentActor } from '../../src/platform/current-actor'
import { systemClock, systemSleeper } from '../../src/platform/system-clock'
import { systemLogger } from '../../src/platform/system-logger'
import { getNow, logLines, resetGlide, setCurrentUser, setNow } from '../fakes/glide'

beforeEach(() => resetGlide())

describe('current actor', () => {
    it('reads the session user and the three app roles', () => {
        setCurrentUser({ sysId: 'u1', userName: 'genesys.integration', roles: ['x_gcer.integration'] })
        expect(currentActor()).toEqual({ userSysId: 'u1', isAgent: false, isAdmin: false, isIntegration: true })
        setCurrentUser({ sysId: 'u2', userName: 'ada', roles: ['x_gcer.agent'] })
        expect(currentActor()).toEqual({ userSysId: 'u2', isAgent: true, isAdmin: false, isIntegration: false })
    })

    it('gives a platform admin every role, as gs.hasRole does', () => {
        setCurrentUser({ sysId: 'u3', userName: 'admin', roles: ['admin'] })
        expect(currentActor()).toMatchObject({ isAgent: true, isAdmin: true, isIntegration: true })
    })
})

describe('system clock and sleeper', () => {
    it('reads the instance time in epoch ms', () => {
        setNow(Date.UTC(2025, 3, 2, 8, 30))
        expect(systemClock.nowMs()).toBe(Date.UTC(2025, 3, 2, 8, 30))
    })

    it('returns at once for a zero or negative wait', () => {
        const before = getNow()
        systemSleeper.sleep(0)
        systemSleeper.sleep(-5)
        expect(getNow()).toBe(before)
    })
})

describe('system logger', () => {
    it('prefixes every line, flattens newlines and bounds the length', () => {
        systemLogger.info('one\ntwo')
        systemLogger.warn('w')
        systemLogger.error('x'.repeat(5000))
        const lines = logLines()
        expect(lines[0]).toEqual({ level: 'info', message: '[x_gcer] one two' })
        expect(lines[1]).toEqual({ level: 'warn', message: '[x_gcer] w' })
        expect(lines[2].level).toBe('error')
        expect(lines[2].message.length).toBeLessThan(2100)
    })
})
