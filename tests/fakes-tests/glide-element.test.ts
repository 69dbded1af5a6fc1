import {
    GlideRecord,
    allRecords,
    glideStats,
    readRecord,
    refuseInserts,
    resetGlide,
    resetGlideStats,
    seedRecord,
} from '../fakes/glide'

beforeEach(() => resetGlide())

function tokenRow(): GlideRecord {
    const gr = new GlideRecord('x_gcer_oauth_token')
    gr.initialize()
    gr.setValue('environment', 'mypurecloud.ie')
    return gr
}

describe('fake GlideElement', () => {
    it('reads and writes the same buffer as the record', () => {
        const gr = new GlideRecord('interaction')
        gr.initialize()
        const element = gr.getElement('short_description')
        expect(element.nil()).toBe(true)
        element.setValue('Invoice')
        expect(gr.getValue('short_description')).toBe('Invoice')
        gr.setValue('short_description', 'Refund')
        expect([element.getValue(), element.getDisplayValue(), element.toString()]).toEqual([
            'Refund',
            'Refund',
            'Refund',
        ])
        expect(element.nil()).toBe(false)
        expect([element.getName(), element.getTableName()]).toEqual(['short_description', 'interaction'])
    })

    it('throws for an unknown field, like getValue', () => {
        expect(() => new GlideRecord('interaction').getElement('x_gcer_routing_staus')).toThrow(/unknown field/)
    })

    it('sets a reference from its display value (one read); no match leaves it empty', () => {
        const ada = seedRecord('sys_user', { name: 'Ada Agent' })
        const gr = new GlideRecord('interaction')
        gr.initialize()
        resetGlideStats()
        gr.getElement('assigned_to').setDisplayValue('ada agent')
        expect(gr.getValue('assigned_to')).toBe(ada)
        expect(glideStats().reads).toBe(1)
        gr.getElement('assigned_to').setDisplayValue('Nobody')
        expect(gr.getElement('assigned_to').nil()).toBe(true)
    })

    it('refuses getDecryptedValue on a column that is not password2', () => {
        const gr = tokenRow()
        expect(() => gr.getElement('environment').getDecryptedValue()).toThrow(/not a password2 column/)
    })
})

describe('fake password2 columns', () => {
    it('store cipher text: getValue and the row never show the secret; getDecryptedValue does', () => {
        const gr = tokenRow()
        gr.getElement('access_token').setDisplayValue('s3cret-token')
        const cipher = gr.getValue('access_token')
        expect(cipher).not.toBeNull()
        expect(cipher).not.toContain('s3cret-token')
        expect(gr.getElement('access_token').getValue()).toBe(cipher)
        expect(gr.getDisplayValue('access_token')).not.toContain('s3cret-token')
        const sysId = gr.insert() as string
        expect(readRecord('x_gcer_oauth_token', sysId)?.access_token).toBe(cipher)

        const again = new GlideRecord('x_gcer_oauth_token')
        expect(again.get(sysId)).toBe(true)
        expect(again.getElement('access_token').getDecryptedValue()).toBe('s3cret-token')
    })

    it('refuse clear text through setValue (the platform would not encrypt it)', () => {
        const gr = tokenRow()
        expect(() => gr.setValue('access_token', 's3cret-token')).toThrow(/setDisplayValue/)
        expect(() => gr.getElement('access_token').setValue('s3cret-token')).toThrow(/setDisplayValue/)
    })

    it('accept cipher text copied from another record, and empty to clear', () => {
        const source = tokenRow()
        source.getElement('access_token').setDisplayValue('shared')
        const copy = tokenRow()
        copy.setValue('access_token', source.getValue('access_token'))
        expect(copy.getElement('access_token').getDecryptedValue()).toBe('shared')
        copy.getElement('access_token').setDisplayValue('')
        expect(copy.getElement('access_token').nil()).toBe(true)
        expect(copy.getElement('access_token').getDecryptedValue()).toBe('')
    })

    it('are seeded in clear and stored encrypted', () => {
        const sysId = seedRecord('x_gcer_oauth_token', { environment: 'mypurecloud.ie', access_token: 'seeded' })
        expect(readRecord('x_gcer_oauth_token', sysId)?.access_token).not.toContain('seeded')
        const gr = new GlideRecord('x_gcer_oauth_token')
        gr.get(sysId)
        expect(gr.getElement('access_token').getDecryptedValue()).toBe('seeded')
    })
})

describe('refused inserts', () => {
    it('return null, write nothing and count nothing', () => {
        refuseInserts('interaction')
        const gr = new GlideRecord('interaction')
        gr.initialize()
        gr.setValue('short_description', 'x')
        resetGlideStats()
        expect(gr.insert()).toBeNull()
        expect(allRecords('interaction')).toEqual([])
        expect(glideStats().total).toBe(0)
        expect(gr.isNewRecord()).toBe(true)
    })

    it("can return '' instead, and apply to tables extending the refused one", () => {
        refuseInserts('task', '')
        const kase = new GlideRecord('sn_customerservice_case')
        kase.initialize()
        expect(kase.insert()).toBe('')
        expect(allRecords('task')).toEqual([])
        const other = new GlideRecord('interaction')
        other.initialize()
        expect(other.insert()).toMatch(/^[0-9a-f]{32}$/)
    })

    it('go through again after resetGlide()', () => {
        refuseInserts('interaction')
        resetGlide()
        const gr = new GlideRecord('interaction')
        gr.initialize()
        expect(gr.insert()).toMatch(/^[0-9a-f]{32}$/)
    })
})
