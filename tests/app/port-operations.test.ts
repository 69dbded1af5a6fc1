import { measure, SCENARIOS } from './support/port-operation-scenarios'

/**
 * Each port call is a platform round trip (a GlideRecord query or write, one HTTP call to Genesys).
 * These counts are part of the contract: a change that adds a round trip to a use case shows up here.
 */
const EXPECTED: Record<string, Record<string, number>> = {
    emailReceived: {
        'config.read': 1,
        'interactions.create': 1,
        'genesys.createEmailConversation': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    'genesysEvent (user.start: assigned)': {
        'interactions.findByConversationId': 1,
        'events.hasExternalId': 1,
        'genesys.getEmailConversation': 1,
        'agents.findByGenesysUserId': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    // Agent actions and replies first look for the interaction's earlier updates still in the outbox (one query,
    // claiming any it finds); a Genesys event reads the conversation: the truth for routing.
    hold: {
        'interactions.get': 1,
        'outbox.claimPendingFor': 1,
        'genesys.park': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    resume: {
        'interactions.get': 1,
        'outbox.claimPendingFor': 1,
        'genesys.unpark': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    'customerReply (parked)': {
        'interactions.get': 1,
        'config.read': 1,
        'outbox.claimPendingFor': 1,
        'interactions.update': 1,
        'genesys.postInboundMessage': 1,
        'events.record': 1,
    },
    'customerReply (closed)': {
        'interactions.get': 1,
        'config.read': 2,
        'interactions.create': 1,
        'genesys.postInboundMessage': 1,
        'events.record': 1,
    },
    'transfer (queue)': {
        'interactions.get': 1,
        'config.read': 1,
        'outbox.claimPendingFor': 1,
        'genesys.transferToQueue': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    'transfer (agent)': {
        'interactions.get': 1,
        'config.read': 1,
        'agents.findBySysId': 1,
        'outbox.claimPendingFor': 1,
        'genesys.transferToAgent': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    disconnect: {
        'interactions.get': 1,
        'config.read': 1,
        'outbox.claimPendingFor': 1,
        'interactions.update': 1,
        'genesys.disconnectWithWrapup': 1,
        'events.record': 1,
    },
    'disconnect (Genesys down)': {
        'interactions.get': 1,
        'config.read': 1,
        'outbox.claimPendingFor': 1,
        'interactions.update': 1,
        'genesys.disconnectWithWrapup': 1,
        'outbox.add': 1,
        'events.record': 1,
    },
    createCase: {
        'interactions.get': 1,
        'config.read': 1,
        'outbox.claimPendingFor': 1,
        'cases.createAndLink': 1,
        'interactions.update': 1,
        'genesys.disconnectWithWrapup': 1,
        'notifier.caseCreated': 1,
        'events.record': 1,
    },
    'genesysEvent (conversation adopted: named by its attributes)': {
        'interactions.findByConversationId': 1,
        'genesys.getEmailConversation': 1,
        'interactions.get': 1,
        'agents.findByGenesysUserId': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    'genesysEvent (customer.end: queued -> abandoned)': {
        'interactions.findByConversationId': 1,
        'events.hasExternalId': 1,
        'genesys.getEmailConversation': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    'genesysEvent (customer.end: connected -> closed)': {
        'interactions.findByConversationId': 1,
        'events.hasExternalId': 1,
        'genesys.getEmailConversation': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    'reconcile (1 interaction corrected: its assignment was lost)': {
        'interactions.listUnconfirmed': 1,
        'genesys.getEmailConversation': 1,
        'agents.findByGenesysUserId': 1,
        'interactions.update': 1,
        'events.record': 1,
    },
    transferOptions: {
        'interactions.get': 1,
        'config.read': 1,
        'agents.listMappedAgents': 1,
    },
    'processDue (1 row delivered)': {
        'config.read': 1,
        'outbox.claimDue': 1,
        'interactions.get': 1,
        'genesys.disconnectWithWrapup': 1,
        'outbox.record': 1,
        'events.record': 1,
    },
}

describe('port operations per use case', () => {
    it('covers every scenario', () => {
        expect(SCENARIOS.map((s) => s.name).sort()).toEqual(Object.keys(EXPECTED).sort())
    })

    it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (name, scenario) => {
        expect(measure(scenario)).toEqual(EXPECTED[name])
    })

    it('writes exactly one history row per routing action', () => {
        for (const scenario of SCENARIOS.filter((s) => s.name !== 'transferOptions'))
            expect([scenario.name, measure(scenario)['events.record']]).toEqual([scenario.name, 1])
    })
})
