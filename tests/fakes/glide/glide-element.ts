/**
 * Fake GlideElement: what `gr.getElement(field)` returns. It reads and writes through its GlideRecord's
 * buffer, so `gr.getElement(f).setValue(v)` and `gr.setValue(f, v)` are the same change.
 *
 * Password2 (2-way encrypted) columns behave as on the instance: the column holds cipher text, so
 * getValue() (on the element or the record) gives the cipher text, never the secret. The clear value is
 * written with setDisplayValue (the platform encrypts) and read with getDecryptedValue.
 */
import { countOperation, decryptSecret, encryptSecret, rowsOf } from './database'
import { getColumn, getTable, type Column } from './schema'
import { foldCase } from './values'

/** The GlideRecord methods an element needs (kept structural to avoid an import cycle). */
export interface ElementHost {
    getTableName(): string
    getValue(name: string): string | null
    setValue(name: string, value: unknown): void
    getDisplayValue(name?: string): string
}

export class GlideElement {
    constructor(
        private readonly record: ElementHost,
        private readonly name: string
    ) {
        getColumn(record.getTableName(), name)
    }

    private column(): Column {
        return getColumn(this.record.getTableName(), this.name)
    }

    getName(): string {
        return this.name
    }

    getTableName(): string {
        return this.record.getTableName()
    }

    /** The stored string, null when empty (as GlideRecord.getValue); for password2 the cipher text. */
    getValue(): string | null {
        return this.record.getValue(this.name)
    }

    setValue(value: unknown): void {
        this.record.setValue(this.name, value)
    }

    /** Same as GlideRecord.getDisplayValue(field); password2 columns display masked. */
    getDisplayValue(): string {
        return this.record.getDisplayValue(this.name)
    }

    /**
     * Sets the field from what a user would type: password2 encrypts the clear text; a reference finds the
     * referenced record by its display value (one read; no match leaves the field empty); anything else is
     * setValue.
     */
    setDisplayValue(value: unknown): void {
        const column = this.column()
        const text = value === null || value === undefined ? '' : String(value)
        if (column.type === 'password2') {
            this.record.setValue(this.name, text === '' ? null : encryptSecret(text))
        } else if (column.type === 'reference') {
            this.record.setValue(this.name, text === '' ? null : findByDisplay(column.reference as string, text))
        } else {
            this.record.setValue(this.name, value)
        }
    }

    /** The clear text of a password2 field ('' when empty). Throws for any other column type. */
    getDecryptedValue(): string {
        const column = this.column()
        if (column.type !== 'password2') {
            throw new Error(`getDecryptedValue(${column.table}.${this.name}): not a password2 column`)
        }
        const cipher = this.record.getValue(this.name)
        return cipher === null ? '' : (decryptSecret(cipher) ?? '')
    }

    /** True when the field is empty. */
    nil(): boolean {
        return this.record.getValue(this.name) === null
    }

    toString(): string {
        return this.record.getValue(this.name) ?? ''
    }
}

function findByDisplay(table: string, display: string): string | null {
    const field = getTable(table).display
    countOperation(table, 'get')
    if (!field) return null
    const row = rowsOf(table).find((r) => {
        const value = r.values.get(field) ?? null
        return value !== null && foldCase(value) === foldCase(display)
    })
    return row ? row.sysId : null
}
