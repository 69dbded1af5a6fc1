/** Bytes the string takes in UTF-8, without TextEncoder (not available in the platform's engine). */
export function utf8Length(text: string): number {
    let bytes = 0
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code < 0x80) bytes += 1
        else if (code < 0x800) bytes += 2
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            // A surrogate pair is one 4-byte character.
            bytes += 4
            i++
        } else bytes += 3
    }
    return bytes
}
