import { renderVelocity } from './velocity-template'

describe('velocity-template (the Genesys data action template subset)', () => {
    const scope = { input: { a: 'x"y', n: 5, empty: '' } }

    it('formal notation prints the value, or itself when null (Velocity rule)', () => {
        expect(renderVelocity('${input.n}|${input.missing}', scope)).toBe('5|${input.missing}')
    })

    it('silent notation prints nothing when null', () => {
        expect(renderVelocity('[$!{input.missing}]', scope)).toBe('[]')
    })

    it('$esc.jsonString escapes for a JSON string', () => {
        expect(renderVelocity('"$esc.jsonString(${input.a})"', scope)).toBe('"x\\"y"')
    })

    it('#if("$!{x}" != "") keeps the block only for a set, non-empty value', () => {
        const t = '#if("$!{input.n}" != "")N#end#if("$!{input.empty}" != "")E#end#if("$!{input.missing}" != "")M#end'
        expect(renderVelocity(t, scope)).toBe('N')
    })

    it('refuses syntax it does not evaluate', () => {
        expect(() => renderVelocity('#set($x = 1)', scope)).toThrow(/unsupported/)
        expect(() => renderVelocity('$esc.url(${input.a})', scope)).toThrow(/unsupported/)
    })
})
