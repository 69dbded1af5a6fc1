import { Role } from '@servicenow/sdk/core'
import { agentRole } from './agent.now'

// Configures the Genesys connection and queue mappings; can act on any interaction.
export const adminRole = Role({
    name: 'x_gcer.admin',
    description: 'Configures Genesys Email Routing (queue mappings, wrap-up codes, connection) and manages the outbox.',
    containsRoles: [agentRole],
})
