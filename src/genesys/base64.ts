/**
 * Base64 of a string's UTF-8 bytes. The instance has neither Buffer nor btoa, and the OAuth
 * Basic header needs base64(clientId:clientSecret).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function base64EncodeUtf8(text: string): string {
    const bytes = utf8Bytes(text)
    let out = ''
    for (let i = 0; i < bytes.length; i += 3) {
        const b0 = bytes[i]
        const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0
        const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0
        const triple = (b0 << 16) | (b1 << 8) | b2
        out += ALPHABET.charAt((triple >> 18) & 63)
        out += ALPHABET.charAt((triple >> 12) & 63)
        out += i + 1 < bytes.length ? ALPHABET.charAt((triple >> 6) & 63) : '='
        out += i + 2 < bytes.length ? ALPHABET.charAt(triple & 63) : '='
    }
    return out
}

function utf8Bytes(text: string): number[] {
    const bytes: number[] = []
    for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i)
        // Combine a surrogate pair into one code point; a lone surrogate becomes U+FFFD like TextEncoder.
        if (code >= 0xd800 && code <= 0xdbff) {
            const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
            if (next >= 0xdc00 && next <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
                i++
            } else {
                code = 0xfffd
            }
        } else if (code >= 0xdc00 && code <= 0xdfff) {
            code = 0xfffd
        }
        if (code < 0x80) {
            bytes.push(code)
        } else if (code < 0x800) {
            bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63))
        } else if (code < 0x10000) {
            bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
        } else {
            bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
        }
    }
    return bytes
}
