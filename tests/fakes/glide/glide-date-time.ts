/**
 * Fake GlideDateTime on the fake clock (clock.ts). Internal value 'yyyy-MM-dd HH:mm:ss' in UTC,
 * millisecond precision kept in getNumericValue().
 * Deviations: display values are UTC (no user time zone); an unparseable string makes an invalid
 * date (isValid() false, getValue() '', getNumericValue() 0) - the platform's exact output is unverified.
 */
import { formatGlideDateTime, getNow, parseGlideDateTime } from './clock'

export class GlideDateTime {
    private ms: number
    private valid = true

    constructor(value?: string | Date | GlideDateTime) {
        this.ms = getNow()
        if (value instanceof GlideDateTime) {
            this.ms = value.ms
            this.valid = value.valid
        } else if (value instanceof Date) {
            this.ms = value.getTime()
        } else if (value !== undefined) {
            this.setValue(value)
        }
    }

    /** A string in 'yyyy-MM-dd HH:mm:ss' / 'yyyy-MM-dd' (UTC), epoch milliseconds, or another GlideDateTime. */
    setValue(value: unknown): void {
        if (value instanceof GlideDateTime) {
            this.setGlideDateTime(value)
            return
        }
        if (typeof value === 'number') {
            this.setNumericValue(value)
            return
        }
        const parsed = parseGlideDateTime(String(value))
        if (parsed === null) {
            this.valid = false
            this.ms = 0
        } else {
            this.valid = true
            this.ms = parsed
        }
    }

    setNumericValue(ms: number): void {
        this.ms = ms
        this.valid = true
    }

    setGlideDateTime(g: GlideDateTime): void {
        this.ms = g.ms
        this.valid = g.valid
    }

    /** 'yyyy-MM-dd HH:mm:ss' in UTC ('' when invalid). */
    getValue(): string {
        return this.valid ? formatGlideDateTime(this.ms) : ''
    }

    getNumericValue(): number {
        return this.ms
    }

    /** As the user typed it (@servicenow/glide GlideDateTime.d.ts setDisplayValue): here UTC, internal format. */
    setDisplayValue(asDisplayed: string): void {
        this.setValue(asDisplayed)
    }

    /** UTC here; the platform shows the user's time zone and date format. */
    getDisplayValue(): string {
        return this.getValue()
    }

    toString(): string {
        return this.getValue()
    }

    isValid(): boolean {
        return this.valid
    }

    /** Adds milliseconds (the platform's add(number)). */
    add(ms: number): void {
        this.ms += ms
    }

    before(gdt: GlideDateTime): boolean {
        return this.ms < gdt.ms
    }

    after(gdt: GlideDateTime): boolean {
        return this.ms > gdt.ms
    }

    equals(o: unknown): boolean {
        return o instanceof GlideDateTime && o.ms === this.ms
    }
}
