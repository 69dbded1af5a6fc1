import {
    GlideDateTime,
    GlideRecord,
    advanceClock,
    gs,
    logLines,
    queuedEvents,
    getNow,
    resetGlide,
    seedRecord,
    setCurrentUser,
    setNow,
    setProperty,
} from '../fakes/glide'

beforeEach(() => resetGlide())

describe('fake gs', () => {
    it('getProperty returns strings, the default when unset, null without default', () => {
        setProperty('x_gcer.timeout_ms', 5000)
        expect(gs.getProperty('x_gcer.timeout_ms', '1000')).toBe('5000')
        expect(gs.getProperty('x_gcer.missing', 'fallback')).toBe('fallback')
        expect(gs.getProperty('x_gcer.missing')).toBeNull()
        setProperty('x_gcer.timeout_ms', null)
        expect(gs.getProperty('x_gcer.timeout_ms', '1000')).toBe('1000')
    })

    it('current user, hasRole with comma lists, and admin implies every role', () => {
        expect(gs.hasRole('x_gcer.agent')).toBe(false)
        setCurrentUser({ sysId: 'b'.repeat(32), userName: 'agent', roles: ['x_gcer.agent'] })
        expect(gs.getUserID()).toBe('b'.repeat(32))
        expect(gs.hasRole('x_gcer.agent')).toBe(true)
        expect(gs.hasRole('x_gcer.admin')).toBe(false)
        expect(gs.hasRole('x_gcer.admin, x_gcer.agent')).toBe(true)
        setCurrentUser({ sysId: 'c'.repeat(32), userName: 'admin', roles: ['admin'] })
        expect(gs.hasRole('x_gcer.admin')).toBe(true)
        expect(gs.hasRole('anything_at_all')).toBe(true)
    })

    it('records queued events with the record and string parameters', () => {
        const id = seedRecord('sn_customerservice_case', {})
        const gr = new GlideRecord('sn_customerservice_case')
        gr.get(id)
        gs.eventQueue('x_gcer.case_created', gr, 'CS0000001', 42)
        gs.eventQueue('x_gcer.tick', null)
        expect(queuedEvents()).toEqual([
            {
                name: 'x_gcer.case_created',
                table: 'sn_customerservice_case',
                sysId: id,
                parm1: 'CS0000001',
                parm2: '42',
                queue: null,
            },
            { name: 'x_gcer.tick', table: null, sysId: null, parm1: '', parm2: '', queue: null },
        ])
    })

    it('records log lines with {n} parameters filled', () => {
        gs.info('transfer {0} -> {1}', 'IMS1', 'queue')
        gs.error('failed')
        gs.warn('w')
        expect(logLines().map((l) => `${l.level}:${l.message}`)).toEqual([
            'info:transfer IMS1 -> queue',
            'error:failed',
            'warn:w',
        ])
        expect(logLines('error')).toHaveLength(1)
    })

    it('does not provide global-only APIs (sleep, log)', () => {
        const loose = gs as unknown as Record<string, unknown>
        expect(loose.sleep).toBeUndefined()
        expect(loose.log).toBeUndefined()
        expect(loose.logError).toBeUndefined()
    })

    it('generateGUID is 32 hex; nil is true for null and empty', () => {
        expect(gs.generateGUID()).toMatch(/^[0-9a-f]{32}$/)
        expect(gs.generateGUID()).not.toBe(gs.generateGUID())
        expect(gs.nil(null) && gs.nil('') && !gs.nil('x')).toBe(true)
    })
})

describe('fake GlideDateTime', () => {
    it('starts at the fake now and formats yyyy-MM-dd HH:mm:ss UTC', () => {
        setNow(Date.UTC(2025, 4, 6, 7, 8, 9, 500))
        const now = new GlideDateTime()
        expect(now.getValue()).toBe('2025-05-06 07:08:09')
        expect(now.getNumericValue()).toBe(Date.UTC(2025, 4, 6, 7, 8, 9, 500))
    })

    it('parses, adds milliseconds, compares', () => {
        const a = new GlideDateTime('2025-01-31 23:59:30')
        const b = new GlideDateTime(a)
        b.add(45_000)
        expect(b.getValue()).toBe('2025-02-01 00:00:15')
        expect(a.before(b) && b.after(a)).toBe(true)
        expect(a.before(new GlideDateTime(a)) || a.after(new GlideDateTime(a))).toBe(false)
        a.setValue(b.getNumericValue())
        expect(a.equals(b)).toBe(true)
        a.setValue('2025-02-01')
        expect(a.getValue()).toBe('2025-02-01 00:00:00')
    })

    it('marks unparseable input invalid', () => {
        const bad = new GlideDateTime('01/02/2025')
        expect(bad.isValid()).toBe(false)
        expect(bad.getValue()).toBe('')
    })

    it('can be stored in a date-time field', () => {
        const gr = new GlideRecord('x_gcer_outbox')
        gr.setValue('next_attempt_at', new GlideDateTime('2025-01-01 00:00:10'))
        gr.insert()
        expect(gr.getValue('next_attempt_at')).toBe('2025-01-01 00:00:10')
    })
})

describe('fake clock guard', () => {
    it('fails loudly instead of hanging when code busy-waits on the frozen clock', () => {
        resetGlide()
        const until = getNow() + 1000
        expect(() => {
            while (new GlideDateTime().getNumericValue() < until) {
                // what the scoped-app sleeper does
            }
        }).toThrow(/busy-waiting/)
        advanceClock(1)
        expect(() => new GlideDateTime().getNumericValue()).not.toThrow()
    })
})
