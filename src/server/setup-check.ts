import { gs } from '@servicenow/glide'
import { runOfflineSetupCheck, runSetupCheck, type SetupCheckDeps, type SetupCheckLine } from '../app/setup-check'
import { formatSetupCheck } from '../app/setup-check-table'
import { createAgentDirectory } from '../platform/agent-directory'
import { ROLES } from '../platform/current-actor'
import { createPlatformGenesysApi } from '../platform/genesys/platform-genesys-api'
import { createConfigSource, systemProperties } from '../platform/settings/property-source'
import { createPlatformFacts } from '../platform/setup/platform-facts'
import { systemClock } from '../platform/system-clock'

/** The setup check's answer: every line, the same as a monospace table, or why it did not run. */
export interface SetupCheckReport {
    readonly ran: boolean
    readonly lines: readonly SetupCheckLine[]
    readonly text: string
}

const NOT_ADMIN: SetupCheckReport = {
    ran: false,
    lines: [],
    text: `The setup check is for ${ROLES.admin}: it reads the integration user and calls Genesys with the app's client.`,
}

function deps(): SetupCheckDeps {
    return {
        // Interactive: an admin waits on it, so each probe has the agent-facing timeout and retry budget.
        genesys: createPlatformGenesysApi('interactive'),
        config: createConfigSource(),
        agents: createAgentDirectory(),
        platform: createPlatformFacts(systemProperties),
        clock: systemClock,
    }
}

function report(lines: SetupCheckLine[]): SetupCheckReport {
    return { ran: true, lines, text: formatSetupCheck(lines) }
}

/** Every line, Genesys probes included (x_gcer.GenesysEmailRouting.setupCheck(), the Run setup check action). */
export function setupCheck(): SetupCheckReport {
    return gs.hasRole(ROLES.admin) ? report(runSetupCheck(deps())) : NOT_ADMIN
}

/** The lines that need no Genesys, for ATF on an instance without a Genesys org. */
export function offlineSetupCheck(): SetupCheckReport {
    return gs.hasRole(ROLES.admin)
        ? report(
              runOfflineSetupCheck({ config: createConfigSource(), platform: createPlatformFacts(systemProperties) })
          )
        : NOT_ADMIN
}
