import { GlideRecord, allRecords, readRecord, resetGlide, seedRecord, setCurrentUser, setNow } from '../fakes/glide'

beforeEach(() => resetGlide())

describe('fake GlideRecord: schema', () => {
    it('throws on an unknown table', () => {
        expect(() => new GlideRecord('interactoin')).toThrow(/table 'interactoin' does not exist/)
    })

    it('throws on unknown fields in getValue, addQuery, orderBy and get', () => {
        const gr = new GlideRecord('interaction')
        expect(() => gr.getValue('x_gcer_routing_staus')).toThrow(/unknown field 'x_gcer_routing_staus'/)
        expect(() => gr.addQuery('stat', 'new')).toThrow(/unknown field/)
        expect(() => gr.addNullQuery('owner')).toThrow(/unknown field/)
        expect(() => gr.orderBy('created')).toThrow(/unknown field/)
        expect(() => gr.get('numbr', 'IMS0000001')).toThrow(/unknown field/)
        expect(() => gr.addQuery('assigned_to.name', 'Ada')).toThrow(/unknown field/)
    })

    it('drops a write to a field the table lacks without a word, as the platform does', () => {
        // Platform behaviour (DOMAIN.md section 2): setValue of a missing field is ignored, not an error.
        const gr = new GlideRecord('interaction')
        gr.initialize()
        gr.setValue('parent', 'ffffffffffffffffffffffffffffffff')
        gr.setValue('short_description', 'kept')
        const sysId = gr.insert() as string
        expect(readRecord('interaction', sysId)).toMatchObject({ short_description: 'kept' })
        expect(readRecord('interaction', sysId)).not.toHaveProperty('parent')
    })

    it('has no field properties: gr.state is undefined', () => {
        const gr = new GlideRecord('interaction') as unknown as Record<string, unknown>
        expect(gr.state).toBeUndefined()
        expect(gr.sys_id).toBeUndefined()
    })

    it('child tables inherit their parent columns and show up in parent queries', () => {
        const caseGr = new GlideRecord('sn_customerservice_case')
        caseGr.setValue('short_description', 'inherited')
        const id = caseGr.insert()
        const task = new GlideRecord('task')
        task.query()
        expect(task.next()).toBe(true)
        expect(task.getUniqueValue()).toBe(id)
        expect(task.getTableName()).toBe('task')
        expect(task.getValue('short_description')).toBe('inherited')
        expect(() => task.getValue('contact')).toThrow(/unknown field/)
    })
})

describe('fake GlideRecord: values', () => {
    it('stores strings, returns null for empty, booleans as 1/0, integers canonical', () => {
        const gr = new GlideRecord('x_gcer_outbox')
        gr.initialize()
        gr.setValue('attempts', 3)
        gr.setValue('last_error', '')
        gr.setValue('payload', '{"a":1}')
        const id = gr.insert() as string
        const read = new GlideRecord('x_gcer_outbox')
        expect(read.get(id)).toBe(true)
        expect(read.getValue('attempts')).toBe('3')
        expect(read.getValue('last_error')).toBeNull()
        expect(read.getValue('operation')).toBeNull()
        const user = new GlideRecord('sys_user')
        user.setValue('active', false)
        user.insert()
        expect(user.getValue('active')).toBe('0')
        expect(user.getDisplayValue('active')).toBe('false')
    })

    it('throws on undefined, objects and malformed typed values', () => {
        const gr = new GlideRecord('x_gcer_outbox')
        expect(() => gr.setValue('payload', undefined)).toThrow(/undefined/)
        expect(() => gr.setValue('payload', { a: 1 })).toThrow(/cannot store/)
        expect(() => gr.setValue('attempts', 'three')).toThrow(/not an integer/)
        expect(() => gr.setValue('next_attempt_at', '2025-13-01 00:00:00')).toThrow(/yyyy-MM-dd/)
    })

    it('insert fills sys_id (32 hex), number, defaults and sys fields', () => {
        setNow('2025-03-04 05:06:07')
        setCurrentUser({ sysId: 'a'.repeat(32), userName: 'agent.smith' })
        const gr = new GlideRecord('interaction')
        gr.initialize()
        expect(gr.getValue('number')).toBeNull()
        const id = gr.insert() as string
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.getUniqueValue()).toBe(id)
        expect(gr.getValue('number')).toBe('IMS0000001')
        expect(gr.getValue('sys_created_on')).toBe('2025-03-04 05:06:07')
        expect(gr.getValue('sys_created_by')).toBe('agent.smith')
        expect(gr.isValidRecord()).toBe(true)
        const second = new GlideRecord('interaction')
        second.insert()
        expect(second.getValue('number')).toBe('IMS0000002')
        const kase = new GlideRecord('sn_customerservice_case')
        kase.newRecord()
        expect(kase.getValue('number')).toBe('CS0000001')
        expect(kase.getValue('active')).toBe('1')
        expect(kase.isNewRecord()).toBe(true)
    })

    it('update writes only changed fields, bumps sys fields, and skips a no-change update', () => {
        const id = seedRecord('interaction', { state: 'new', short_description: 'hello' })
        const a = new GlideRecord('interaction')
        const b = new GlideRecord('interaction')
        a.get(id)
        b.get(id)
        setNow('2025-02-01 00:00:00')
        a.setValue('state', 'work_in_progress')
        a.update()
        b.setValue('short_description', 'changed')
        b.update()
        const row = readRecord('interaction', id)
        expect(row).toMatchObject({ state: 'work_in_progress', short_description: 'changed', sys_mod_count: '2' })
        expect(row?.sys_updated_on).toBe('2025-02-01 00:00:00')
        const c = new GlideRecord('interaction')
        c.get(id)
        c.setValue('state', 'work_in_progress')
        expect(c.update()).toBe(id)
        expect(readRecord('interaction', id)?.sys_mod_count).toBe('2')
    })

    it('update on a never-inserted record inserts it; insert on a loaded record copies it', () => {
        const gr = new GlideRecord('sys_user')
        gr.setValue('user_name', 'ada')
        const id = gr.update() as string
        expect(readRecord('sys_user', id)?.user_name).toBe('ada')
        gr.setValue('user_name', 'ada2')
        const copy = gr.insert() as string
        expect(copy).not.toBe(id)
        expect(allRecords('sys_user').map((u) => u.user_name)).toEqual(['ada', 'ada2'])
    })

    it('journal fields read back as null once written and cannot be queried', () => {
        const gr = new GlideRecord('interaction')
        gr.setValue('work_notes', 'first')
        gr.insert()
        expect(gr.getValue('work_notes')).toBeNull()
        expect(() => new GlideRecord('interaction').addQuery('work_notes', 'CONTAINS', 'x')).toThrow(/journal/)
    })

    it('sets sys_id before insert and refuses to change an existing sys_id', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.setValue('sys_id', '0123456789abcdef0123456789abcdef')
        expect(gr.insert()).toBe('0123456789abcdef0123456789abcdef')
        expect(() => gr.setValue('sys_id', 'ffffffffffffffffffffffffffffffff')).toThrow(/cannot change/)
    })

    it('deleteRecord removes the current row', () => {
        const keep = seedRecord('x_gcer_outbox', { state: 'pending' })
        seedRecord('x_gcer_outbox', { state: 'done' })
        const one = new GlideRecord('x_gcer_outbox')
        one.get(keep)
        expect(one.deleteRecord()).toBe(true)
        expect(one.isValidRecord()).toBe(false)
        expect(allRecords('x_gcer_outbox').map((r) => r.state)).toEqual(['done'])
    })

    it('updateMultiple applies set values to every matching row', () => {
        seedRecord('x_gcer_outbox', { state: 'pending' })
        seedRecord('x_gcer_outbox', { state: 'pending' })
        seedRecord('x_gcer_outbox', { state: 'done' })
        const gr = new GlideRecord('x_gcer_outbox')
        gr.addQuery('state', 'pending')
        gr.setValue('state', 'dead')
        gr.updateMultiple()
        expect(allRecords('x_gcer_outbox').map((r) => r.state)).toEqual(['dead', 'dead', 'done'])
    })
})

describe('fake GlideRecord: reading', () => {
    it('get(sysId), get(field, value), empty sys_id, missing record', () => {
        const id = seedRecord('sys_user', { user_name: 'ada', x_gcer_genesys_user_id: 'g-1' })
        const gr = new GlideRecord('sys_user')
        expect(gr.get(id)).toBe(true)
        expect(gr.getValue('user_name')).toBe('ada')
        expect(gr.get('x_gcer_genesys_user_id', 'g-1')).toBe(true)
        expect(gr.getUniqueValue()).toBe(id)
        expect(gr.get('')).toBe(false)
        expect(gr.get('f'.repeat(32))).toBe(false)
        expect(gr.isValidRecord()).toBe(false)
        expect(gr.getValue('user_name')).toBeNull()
    })

    it('iterates with next/hasNext, honours setLimit', () => {
        for (const name of ['a', 'b', 'c']) seedRecord('sys_user', { user_name: name })
        const gr = new GlideRecord('sys_user')
        expect(gr.next()).toBe(false)
        gr.setLimit(2)
        gr.query()
        const seen: (string | null)[] = []
        while (gr.hasNext()) {
            gr.next()
            seen.push(gr.getValue('user_name'))
        }
        expect(seen).toEqual(['a', 'b'])
        expect(gr.next()).toBe(false)
    })

    it('getDisplayValue follows references to the display field', () => {
        const agent = seedRecord('sys_user', { user_name: 'ada', name: 'Ada Lovelace' })
        const parent = seedRecord('interaction', {})
        const gr = new GlideRecord('interaction')
        gr.setValue('assigned_to', agent)
        gr.setValue('parent_interaction', parent)
        gr.insert()
        expect(gr.getDisplayValue('assigned_to')).toBe('Ada Lovelace')
        expect(gr.getDisplayValue('parent_interaction')).toBe('IMS0000001')
        expect(gr.getDisplayValue()).toBe('IMS0000002')
        expect(gr.getDisplayValue('opened_for')).toBe('')
        gr.setValue('assigned_to', 'f'.repeat(32))
        expect(gr.getDisplayValue('assigned_to')).toBe('')
    })
})
