import { Role } from '@servicenow/sdk/core'

// Held only by the integration user Genesys Cloud authenticates as.
export const integrationRole = Role({
    name: 'x_gcer.integration',
    description: 'Genesys Cloud calling in: agent assignment and conversation-end events, Genesys ids on interactions.',
})
