import { GlideRecord, glideStats, resetGlide, resetGlideStats, seedRecord } from '../fakes/glide'

function names(gr: GlideRecord): (string | null)[] {
    const out: (string | null)[] = []
    gr.query()
    while (gr.next()) out.push(gr.getValue('code'))
    return out
}

function codes(build: (gr: GlideRecord) => void): (string | null)[] {
    const gr = new GlideRecord('interaction_wrap_up_code')
    build(gr)
    return names(gr)
}

beforeEach(() => {
    resetGlide()
    seedRecord('interaction_wrap_up_code', { code: 'Resolved', description: 'Customer happy', active: true })
    seedRecord('interaction_wrap_up_code', { code: 'case_created', description: 'Task created', active: true })
    seedRecord('interaction_wrap_up_code', { code: 'Spam', active: false })
    seedRecord('interaction_wrap_up_code', { code: 'zeta' })
})

describe('fake GlideRecord: addQuery operators', () => {
    it('= and two-argument form, case-insensitive like the platform', () => {
        expect(codes((gr) => gr.addQuery('code', 'spam'))).toEqual(['Spam'])
        expect(codes((gr) => gr.addQuery('code', '=', 'Resolved'))).toEqual(['Resolved'])
        expect(codes((gr) => gr.addQuery('active', true))).toEqual(['Resolved', 'case_created', 'zeta'])
        expect(codes((gr) => gr.addQuery('active', 'false'))).toEqual(['Spam'])
    })

    it('!= and NOT IN skip empty fields (SQL NULL)', () => {
        expect(codes((gr) => gr.addQuery('description', '!=', 'Task created'))).toEqual(['Resolved'])
        expect(codes((gr) => gr.addQuery('description', 'NOT IN', ['Customer happy']))).toEqual(['case_created'])
    })

    it('IN with an array or a comma list', () => {
        expect(codes((gr) => gr.addQuery('code', 'IN', ['Spam', 'zeta']))).toEqual(['Spam', 'zeta'])
        expect(codes((gr) => gr.addQuery('code', 'IN', 'Spam, resolved'))).toEqual(['Resolved', 'Spam'])
        expect(codes((gr) => gr.addQuery('code', 'NOT IN', 'Spam,zeta'))).toEqual(['Resolved', 'case_created'])
    })

    it('STARTSWITH, ENDSWITH, CONTAINS, DOES NOT CONTAIN', () => {
        expect(codes((gr) => gr.addQuery('code', 'STARTSWITH', 'CASE'))).toEqual(['case_created'])
        expect(codes((gr) => gr.addQuery('code', 'ENDSWITH', 'ved'))).toEqual(['Resolved'])
        expect(codes((gr) => gr.addQuery('description', 'CONTAINS', 'task'))).toEqual(['case_created'])
        expect(codes((gr) => gr.addQuery('description', 'DOES NOT CONTAIN', 'task'))).toEqual(['Resolved'])
    })

    it('>, <, >=, <= compare integers numerically and date-times in time order', () => {
        seedRecord('x_gcer_outbox', { attempts: 2, next_attempt_at: '2025-01-01 10:00:00' })
        seedRecord('x_gcer_outbox', { attempts: 10, next_attempt_at: '2025-01-02 09:00:00' })
        const count = (op: string, field: string, value: unknown): number => {
            const gr = new GlideRecord('x_gcer_outbox')
            gr.addQuery(field, op, value)
            gr.query()
            let rows = 0
            while (gr.next()) rows++
            return rows
        }
        expect(count('>', 'attempts', 9)).toBe(1)
        expect(count('<', 'attempts', '10')).toBe(1)
        expect(count('>=', 'attempts', 2)).toBe(2)
        expect(count('<=', 'attempts', 1)).toBe(0)
        expect(count('<=', 'next_attempt_at', '2025-01-01 10:00:00')).toBe(1)
        expect(count('>', 'next_attempt_at', '2025-01-02')).toBe(1)
    })

    it('addNullQuery / addNotNullQuery', () => {
        expect(codes((gr) => gr.addNullQuery('description'))).toEqual(['Spam', 'zeta'])
        expect(codes((gr) => gr.addNotNullQuery('description'))).toEqual(['Resolved', 'case_created'])
    })

    it('addOrCondition ORs within one addQuery; separate addQuery calls AND', () => {
        expect(
            codes((gr) => {
                gr.addQuery('code', 'Spam').addOrCondition('code', 'zeta')
                gr.addQuery('active', false)
            })
        ).toEqual(['Spam'])
    })

    it('throws on unsupported operators, arrays without IN, and empty values', () => {
        const gr = new GlideRecord('interaction_wrap_up_code')
        expect(() => gr.addQuery('code', 'LIKE', 'x')).toThrow(/unsupported operator 'LIKE'/)
        expect(() => gr.addQuery('code', 'in', 'x')).toThrow(/unsupported operator/)
        expect(() => gr.addQuery('code', ['a', 'b'])).toThrow(/IN/)
        expect(() => gr.addQuery('code', '')).toThrow(/addNullQuery/)
        expect(() => gr.addQuery('code', null)).toThrow(/addNullQuery/)
        expect(() => gr.addQuery('code', undefined)).toThrow(/undefined/)
    })

    it('orderBy / orderByDesc with ties kept in insertion order', () => {
        expect(codes((gr) => gr.orderBy('code'))).toEqual(['case_created', 'Resolved', 'Spam', 'zeta'])
        expect(
            codes((gr) => {
                gr.orderByDesc('active')
                gr.orderByDesc('code')
            })
        ).toEqual(['zeta', 'Resolved', 'case_created', 'Spam'])
    })
})

describe('fake GlideRecord: encoded queries', () => {
    it('supports field=value, !=, ISEMPTY, ISNOTEMPTY, ORDERBY, ORDERBYDESC and a trailing EQ', () => {
        expect(codes((gr) => gr.addEncodedQuery('active=true^code!=zeta^ORDERBYDESCcode^EQ'))).toEqual([
            'Resolved',
            'case_created',
        ])
        expect(codes((gr) => gr.addEncodedQuery('descriptionISEMPTY^ORDERBYcode'))).toEqual(['Spam', 'zeta'])
        expect(codes((gr) => gr.addEncodedQuery('descriptionISNOTEMPTY'))).toEqual(['Resolved', 'case_created'])
        expect(codes((gr) => gr.addQuery('code=Spam'))).toEqual(['Spam'])
    })

    it('throws on anything outside the subset', () => {
        const gr = new GlideRecord('interaction_wrap_up_code')
        for (const query of [
            'code=a^ORcode=b',
            'code=a^NQcode=b',
            'codeINa,b',
            'codeLIKEa',
            'code>a',
            'assigned_to.name=x',
            'code=',
            'cod=a',
            'code=a^^active=true',
        ]) {
            expect(() => gr.addEncodedQuery(query)).toThrow()
        }
    })
})

describe('glideStats', () => {
    it('counts a query as one read whatever the rows, each get as one read, and writes per table', () => {
        resetGlideStats()
        const gr = new GlideRecord('interaction_wrap_up_code')
        gr.query()
        while (gr.next()) {
            /* iterate all rows: still one read */
        }
        const one = new GlideRecord('interaction_wrap_up_code')
        one.get('code', 'Spam')
        one.get('code', 'zeta')
        const ins = new GlideRecord('x_gcer_routing_event')
        ins.setValue('event', 'hold')
        ins.insert()
        ins.setValue('outcome', 'ok')
        ins.update()
        ins.update() // nothing changed: no write
        ins.deleteRecord()
        expect(glideStats()).toEqual({
            reads: 3,
            writes: 3,
            total: 6,
            operations: { query: 1, get: 2, insert: 1, update: 1, delete: 1 },
            tables: {
                interaction_wrap_up_code: { reads: 3, writes: 0 },
                x_gcer_routing_event: { reads: 0, writes: 3 },
            },
        })
        resetGlideStats()
        expect(glideStats().total).toBe(0)
    })

    it('does not count seedRecord; resetGlide clears counters', () => {
        new GlideRecord('sys_user').query()
        resetGlide()
        seedRecord('sys_user', { user_name: 'x' })
        expect(glideStats().total).toBe(0)
    })
})
