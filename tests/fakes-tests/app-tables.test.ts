import fs from 'fs'
import path from 'path'
import { appOwnedColumns, getTable, resetGlide } from '../fakes/glide'

/**
 * The fakes' app-owned schema is the one the tests run on; fluent/tables/*.now.ts is the one the instance
 * gets. This keeps them in step: same tables, same columns, same column types.
 */
const TABLES_DIR = path.join(__dirname, '../../fluent/tables')

const FLUENT_TYPE: Record<string, string> = {
    StringColumn: 'string',
    MultiLineTextColumn: 'string',
    ChoiceColumn: 'choice',
    ReferenceColumn: 'reference',
    DateTimeColumn: 'glide_date_time',
    IntegerColumn: 'integer',
    Password2Column: 'password2',
}

interface FluentColumn {
    readonly name: string
    readonly type: string
    readonly reference?: string
}

/** table -> columns, read from the Table({ name | augments, schema }) declarations. */
function fluentTables(): Record<string, FluentColumn[]> {
    const out: Record<string, FluentColumn[]> = {}
    for (const file of fs.readdirSync(TABLES_DIR).filter((f) => f.endsWith('.now.ts'))) {
        const source = fs.readFileSync(path.join(TABLES_DIR, file), 'utf8')
        const table = /\b(?:name|augments): '([a-z0-9_]+)'/.exec(source)?.[1]
        if (!table) throw new Error(`${file}: no table name`)
        const columns = Array.from(source.matchAll(/^ {8}(\w+): (\w+)\((.*)$/gm), ([, name, kind, rest]) => ({
            name,
            type: FLUENT_TYPE[kind] ?? `unknown ${kind}`,
            reference: /referenceTable: '([a-z0-9_]+)'/.exec(rest)?.[1],
        }))
        out[table] = columns
    }
    return out
}

beforeEach(() => resetGlide())

describe("the fakes' app-owned schema", () => {
    const fluent = fluentTables()

    it('lists the same tables as fluent/tables', () => {
        expect(Object.keys(appOwnedColumns()).sort()).toEqual(Object.keys(fluent).sort())
    })

    it.each(Object.keys(fluent))('lists the columns fluent declares on %s', (table) => {
        expect([...appOwnedColumns()[table]].sort()).toEqual(fluent[table].map((c) => c.name).sort())
    })

    it.each(Object.entries(fluent).flatMap(([table, columns]) => columns.map((c) => [table, c] as const)))(
        'declares %s.%o with the fluent type',
        (table, column) => {
            const declared = getTable(table).columns.get(column.name)
            expect({ name: column.name, type: declared?.type, reference: declared?.reference }).toEqual(column)
        }
    )

    it('holds only x_gcer tables and x_gcer columns on platform tables, all declared by default', () => {
        for (const [table, columns] of Object.entries(appOwnedColumns())) {
            expect(() => getTable(table)).not.toThrow()
            if (!table.startsWith('x_gcer_')) for (const c of columns) expect(c).toMatch(/^x_gcer_/)
        }
    })

    it('hands out a fresh list each time', () => {
        appOwnedColumns().interaction.push('x_gcer_bogus')
        expect(appOwnedColumns().interaction).not.toContain('x_gcer_bogus')
    })
})
