import { GlideRecord } from '../../fakes/glide'

/**
 * The fake GlideRecord has no getElement(). Password2 columns need getElement(f).setDisplayValue (the
 * platform encrypts) and getDecryptedValue: this shim stores an 'enc:' base64 form so a test can see the
 * clear value never lands in the column.
 */
export function installPasswordElementShim(): void {
    const proto = GlideRecord.prototype as unknown as Record<string, unknown>
    if (typeof proto.getElement === 'function') return
    proto.getElement = function (this: GlideRecord, name: string) {
        return {
            setDisplayValue: (clear: string) => this.setValue(name, `enc:${Buffer.from(clear).toString('base64')}`),
            getDecryptedValue: () => {
                const stored = this.getValue(name)
                return stored && stored.startsWith('enc:') ? Buffer.from(stored.slice(4), 'base64').toString() : ''
            },
        }
    }
}
