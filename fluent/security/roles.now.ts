import { Role } from '@servicenow/sdk/core'

// CSM agents who work Genesys-routed email interactions in Workspace.
export const agentRole = Role({
    name: 'x_gcer.agent',
    description: 'Works Genesys Cloud-routed email interactions: hold, resume, transfer, create case, disconnect.',
})

// Held only by the integration user Genesys Cloud authenticates as.
export const integrationRole = Role({
    name: 'x_gcer.integration',
    description: 'Genesys Cloud calling in: agent assignment and conversation-end events, Genesys ids on interactions.',
})

// Configures the Genesys connection and queue mappings; can act on any interaction.
export const adminRole = Role({
    name: 'x_gcer.admin',
    description: 'Configures Genesys Email Routing (queue mappings, wrap-up codes, connection) and manages the outbox.',
    containsRoles: [agentRole],
})
