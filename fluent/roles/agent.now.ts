import { Role } from '@servicenow/sdk/core'

// CSM agents who work Genesys-routed email interactions in Workspace.
export const agentRole = Role({
    name: 'x_gcer.agent',
    description: 'Works Genesys Cloud-routed email interactions: hold, resume, transfer, create case, disconnect.',
})
