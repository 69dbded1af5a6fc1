import { Test } from '@servicenow/sdk/core'
import '@servicenow/sdk/global'

// The Genesys events endpoint (POST /api/x_gcer/genesys/events, fluent/rest-api.now.ts) and the setup check's
// offline lines through the public script include. REST steps run as the impersonated user (auth ''): if an
// instance requires a Basic Auth profile for inbound ATF REST steps, point `basicAuthentication` at one for
// the same users (README, "ATF").

const EVENT =
    '{"topicName":"v2.detail.events.conversation.c1111111-1111-4111-8111-111111111111.user.start","eventTime":1733140800000,"conversationId":"c1111111-1111-4111-8111-111111111111"}'

Test(
    {
        $id: Now.ID['atf-rest-events-forbidden'],
        name: 'x_gcer events endpoint: 403 for a user without x_gcer.integration',
        description:
            'Impersonates a new user holding only snc_internal, POSTs a well-formed user.start event to /api/x_gcer/genesys/events and asserts 403: the endpoint ACL requires x_gcer.integration (admin does not override).',
        failOnServerError: false,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf-rest-forbidden-user'],
            firstName: 'ATF',
            lastName: 'Not Integration',
            roles: ['snc_internal'],
            impersonate: true,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-rest-forbidden-send'],
            path: '/api/x_gcer/genesys/events',
            method: 'post',
            auth: '',
            body: EVENT,
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-rest-forbidden-status'],
            operation: 'equals',
            statusCode: 403,
        })
    }
)

Test(
    {
        $id: Now.ID['atf-rest-events-bad-body'],
        name: 'x_gcer events endpoint: 400 naming the field for a body without conversationId',
        description:
            'Impersonates a new x_gcer.integration user, POSTs an event without conversationId and asserts 400 with a message naming conversationId: the request validation of the events endpoint (the negative side of the 403 test: the caller is allowed).',
        failOnServerError: false,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf-rest-bad-body-user'],
            firstName: 'ATF',
            lastName: 'Integration',
            roles: ['x_gcer.integration', 'snc_internal'],
            impersonate: true,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-rest-bad-body-send'],
            path: '/api/x_gcer/genesys/events',
            method: 'post',
            auth: '',
            body: '{"topicName":"v2.detail.events.conversation.x.user.start","eventTime":1733140800000}',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-rest-bad-body-status'],
            operation: 'equals',
            statusCode: 400,
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-rest-bad-body-payload'],
            operation: 'contains',
            responseBody: 'conversationId',
        })
    }
)

Test(
    {
        $id: Now.ID['atf-setup-check-offline'],
        name: 'x_gcer setup check: the offline lines through GenesysEmailRouting',
        description:
            'As a new x_gcer.admin user, calls new x_gcer.GenesysEmailRouting().offlineSetupCheck() and asserts it ran and reports the mailboxes, competing flows, integration user and endpoint lines, each with a pass, warn or fail verdict.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf-setup-check-admin'],
            firstName: 'ATF',
            lastName: 'Setup Admin',
            roles: ['x_gcer.admin'],
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-setup-check-run'],
            script: `
(function (outputs, steps, params, stepResult, assertEqual) {
    var report = new x_gcer.GenesysEmailRouting().offlineSetupCheck();
    assertEqual({ name: 'ran', shouldbe: true, value: report.ran });
    var ids = [];
    for (var i = 0; i < report.lines.length; i++) {
        var line = report.lines[i];
        if (['pass', 'warn', 'fail'].indexOf(line.verdict) < 0) return false;
        ids.push(line.id);
    }
    var wanted = ['mailboxes', 'competing-flows', 'integration-user', 'endpoint'];
    for (var j = 0; j < wanted.length; j++) if (ids.indexOf(wanted[j]) < 0) return false;
    stepResult.setOutputMessage(report.text);
    return true;
})(outputs, steps, params, stepResult, assertEqual);
`,
        })
    }
)

Test(
    {
        $id: Now.ID['atf-setup-check-agent-refused'],
        name: 'x_gcer setup check: refused to a user without x_gcer.admin',
        description:
            'As a new x_gcer.agent user, calls GenesysEmailRouting().offlineSetupCheck() and asserts it did not run and returned no line: the admin-only side of the setup check.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf-setup-check-agent'],
            firstName: 'ATF',
            lastName: 'Setup Agent',
            roles: ['x_gcer.agent'],
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-setup-check-agent-run'],
            script: `
(function (outputs, steps, params, stepResult, assertEqual) {
    var report = new x_gcer.GenesysEmailRouting().offlineSetupCheck();
    assertEqual({ name: 'ran', shouldbe: false, value: report.ran });
    assertEqual({ name: 'lines', shouldbe: 0, value: report.lines.length });
    return report.ran === false && report.lines.length === 0;
})(outputs, steps, params, stepResult, assertEqual);
`,
        })
    }
)
