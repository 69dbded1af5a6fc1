import { gs } from '@servicenow/glide'
import type { Logger } from '../genesys/genesys-ports'

const PREFIX = '[x_gcer] '
const MAX_LENGTH = 2000

/**
 * One line per message, bounded, prefixed so the app's lines filter out of the system log. Callers pass
 * ids, codes and outcomes only: never tokens, secrets or email bodies (nothing here could tell them apart).
 */
function line(message: string): string {
    const flat = String(message).replace(/[\r\n]+/g, ' ')
    return PREFIX + (flat.length > MAX_LENGTH ? `${flat.slice(0, MAX_LENGTH)}...` : flat)
}

export const systemLogger: Logger = {
    info: (message) => gs.info(line(message)),
    warn: (message) => gs.warn(line(message)),
    error: (message) => gs.error(line(message)),
}
