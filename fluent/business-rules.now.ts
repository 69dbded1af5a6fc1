import { BusinessRule } from '@servicenow/sdk/core'
import { propertyGuardRule } from '../src/server/property-guard-rule'
import { interactionGateRule } from '../src/server/interaction-gate-rule'

// Admins edit queue mappings and settings as system properties: refuse a value the app cannot use,
// at save time, with the exact entry and key at fault, instead of failing later at run time.
BusinessRule({
    $id: Now.ID['business-rule-guard-property-values'],
    name: 'Genesys email routing: validate x_gcer properties',
    table: 'sys_properties',
    when: 'before',
    action: ['insert', 'update', 'delete'],
    filterCondition: 'nameSTARTSWITHx_gcer.^EQ',
    order: 100,
    active: true,
    description:
        'Refuses a value the app could not use (malformed queue mappings, unmapped default queue, bad numbers), and the delete of a property the app reads.',
    script: propertyGuardRule,
})

// Every change to an interaction goes through the routing machine, whoever makes it: State set to On Hold,
// Work In Progress or Closed, or Assigned to changed, on a form, a list, by a flow or a REST call, becomes hold,
// resume, disconnect or transfer through the same use cases as the agent's buttons. Before update, so a change
// Genesys refuses is aborted with the reason, and the machine's fields ride on the same save (one write).
// The app's own updates write the routing status with its state (and owner), so they never act here.
BusinessRule({
    $id: Now.ID['business-rule-interaction-gate'],
    name: 'Genesys email routing: route State and Assigned to changes',
    table: 'interaction',
    when: 'before',
    action: ['update'],
    // Fields only: (State changes OR Assigned to changes) AND routed (^OR binds to its neighbours, SDK
    // encoded-query-guide.md); the script decides whether the change is the app's own (src/app/form-change.ts).
    filterCondition: 'stateVALCHANGES^ORassigned_toVALCHANGES^x_gcer_routing_statusISNOTEMPTY^EQ',
    // After the platform's own before rules (default 100) have settled the values to be saved.
    order: 900,
    active: true,
    description:
        'Turns State (On Hold, Work In Progress, Closed) and Assigned to changes made outside the app into Genesys routing events (hold, resume, disconnect, transfer); aborts the save with the reason when refused.',
    script: interactionGateRule,
})
